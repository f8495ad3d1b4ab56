"""Every sentence the widgets show a learner, in one place.

Keeping interface text here (and nowhere else) means the course can be
translated later without touching any logic. Placeholders use ``str.format``.
"""

SAVED_AT = "saved {time}"
NOT_ANSWERED = "not answered yet"
NOT_SAVED = "{reason}. Your text is still here: use 'Download my journal' to keep a copy."
SAVING = "saving…"
LISTENER_FAILED = "The figure could not be updated ({reason}); your answer is still saved."

RATING_NONE = "no answer"

PLACEMENT_ACROSS = "{point}, across:"
PLACEMENT_UPDOWN = "{point}, up or down:"
PLACEMENT_MIDDLE = "in between"
PLACEMENT_X_ENDS = ("bundled", "unbundled")  # negative, positive
PLACEMENT_Y_ENDS = ("market-led", "government-led")  # negative, positive
PLACEMENT_FULLY = "fully {end}"

DOWNLOAD_BUTTON = "Download my journal"
DOWNLOAD_READY = "Your journal is ready: {link} ({size})."
DOWNLOAD_LINK = "save journal file"
DOWNLOAD_FAILED = "The download could not be prepared: {reason}"

UPLOAD_LABEL = "Restore answers"
UPLOAD_BUTTON = "Choose a journal file (.json)"
UPLOAD_DONE = "Restored {added} answers ({skipped} were already here). Re-run a notebook to see them."
UPLOAD_TOO_LARGE = "the file is larger than {megabytes} MB"
UPLOAD_FAILED = "Nothing was imported: {reason}"

ERASE_BUTTON = "Erase my answers…"
ERASE_PROMPT = "To erase every answer in your journal for good, type: {phrase}"
ERASE_INPUT = "Confirm"
ERASE_CONFIRM = "Erase now"
ERASE_DONE = "Erased {count} saved revisions. Your journal is now empty."
ERASE_REFUSED = "Nothing was erased: the confirmation did not match."

BINDER_BANNER = ("This is a temporary Binder session. Everything here, your answers included, "
                 "is deleted after about 10 minutes without activity. Download your journal "
                 "before you leave, and restore it in 00 Start here next time.")

PROGRESS_CAPTION = "Your progress through the step"
PROGRESS_HEADERS = ("Step", "Title", "Answered", "Notebook")
PROGRESS_PLANNED = "coming later"
PROGRESS_SUMMARY = "You have answered {answered} of {total} prompts in the notebooks available so far."

JOURNAL_LOCATION = "Your journal is stored at: {path}"

# --- figures that follow the answers (figures.py) ---
DESCRIPTION_HEADING = "Text description of the figure"
REDRAW_FAILED = "The figure could not be drawn ({error}). Your answers are still saved."
MISSING_ANSWER = "Run the cell with step.answer({prompt!r}) (or its group) above first, then run this cell again."
MAPPING_NOTE = ("The course team's reading is our own interpretation, not HolonIQ's or Camilleri's. "
                "Your choices above stay exactly as you made them.")
MAPPING_HEADING = "How your mapping compares with the course team's reading"
YOUR_CHOICE = "Your choice"
TEAM_READING = "Course team's reading (interpretation)"
TEAM_HIDDEN = "shown once you have chosen"

# --- words for describing a point on HolonIQ's map (scenarios.py) ---
# How strongly a point leans, by its distance from the middle line.
STRENGTH = {1: "slightly", 2: "somewhat", 3: "fairly", 4: "strongly", 5: "fully"}
LEAD_WORD = {1: "government-led", -1: "market-led"}
FORM_WORD = {-1: "bundled", 1: "unbundled"}
LEAD_BALANCED = "led equally by government and the market"
FORM_BALANCED = "midway between bundled and unbundled"
CENTRE = "at the centre, where all four quadrants meet"

# --- feedback on the learner's mapping (scenarios.py) ---
NONE_LABEL = "none of them"
AGREE = "You and the course team both placed {scenario} nearest to {quadrant}. The team's reason: {reason}"
AGREE_NONE = ("You and the course team both felt that none of HolonIQ's quadrants fits {scenario}. "
              "The team's reason: {reason}")
DIFFER = ("You placed {scenario} nearest to {yours}. The course team placed it nearer to {theirs} "
          "because {reason} Your reading is also defensible if {condition}.")
DIFFER_TEAM_NONE = ("You placed {scenario} nearest to {yours}. The course team felt that none of the quadrants "
                    "fits it well, because {reason} Your reading is also defensible if {condition}.")
DIFFER_YOU_NONE = ("You felt that none of HolonIQ's quadrants fits {scenario}. The course team placed it nearest to "
                   "{theirs} because {reason} Your reading is also defensible if {condition}.")
UNANSWERED = ("You have not chosen a quadrant for {scenario} yet. Pick one above (or 'none of them'): "
              "the course team's reading appears here once you have.")
# When a learner's choice differs, the case for it, by the quadrant they chose.
DEFENSIBLE_IF: dict[str, str] = {
    "H1": "you picture public rules steering it and the small pieces adding up to full qualifications",
    "H2": "you picture the state quality-assuring and listing small awards that count on their own",
    "H3": "you picture professional bodies or employers setting the standards and packaging the pieces into pathways",
    "H4": "you picture many providers selling separate credentials, with learners and employers judging their worth",
}
DEFENSIBLE_IF_NONE = "you think the scenario turns on something other than HolonIQ's two questions of who leads and how learning is packaged"
SUMMARY_NOTHING = "You have not related any of the six scenarios to a quadrant yet."
SUMMARY_ALL = ("You matched the course team's reading on {which}. Try arguing for a different quadrant for one "
               "of them: none of the fits is perfect.")
SUMMARY_NONE_MATCHED = "Your reading differs from the course team's on {which}: compare the reasons, they are worth discussing."
SUMMARY_SOME = "You matched the course team's reading on {k} of {which}; the other {rest} worth discussing."
SUMMARY_LEFT = " {left} still to choose."
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# --- what a saved answer may hold (kinds.py) ---
VALUE_TOO_DEEP = "it nests lists or objects more than {limit} levels deep"
VALUE_NOT_TEXT = "it should be text, not {value}"
VALUE_NOT_RATING = "it should be a whole number from {low} to {high}, not {value}"
VALUE_NOT_OPTION = "it should be one of {options}, not {value}"
VALUE_NOT_PLACEMENT = "it should be a point with an x and a y, not {value}"
VALUE_BAD_COORDINATE = "its {axis} should be a whole number from {low} to {high}, not {value}"

# --- links and messages for running the course on JupyterHub (hublink.py, cli/hub.py) ---
HUB_LINK_WHAT_HUB = "the hub address"
HUB_LINK_WHAT_REPO = "the course repository address"
HUB_LINK_WHAT_BRANCH = "the branch"
HUB_LINK_WHAT_NOTEBOOK = "the notebook path"
HUB_LINK_NOT_TEXT = "{what} should be text."
HUB_LINK_TOO_LONG = "{what} is longer than {limit} characters, which no real address needs."
HUB_LINK_CONTROL = "{what} contains invisible or control characters; type it again by hand."
HUB_LINK_SPACE = "{what} contains a space; an address cannot, so check that it was copied whole."
HUB_LINK_NOT_URL = "{what} is not a complete web address (it needs a host name, and a port that is a number)."
HUB_LINK_SCHEME = "{what} starts with '{scheme}:', but only {allowed} addresses are accepted."
HUB_LINK_CREDENTIALS = ("{what} contains a user name or password; a link given to a whole class must never "
                        "carry one, so make the repository public or give the hub its own access instead.")
HUB_LINK_FILE = "{what} is a file: address, so it needs an absolute path on the hub machine (file:///srv/...)."
HUB_LINK_HUB_QUERY = "the hub address should end at the hub's base path, without '?' or '#' parts."
HUB_LINK_REPO_NO_NAME = "the course repository address does not end in a name that could become a folder."
HUB_LINK_BRANCH = "'{branch}' is not a plain git branch name (no spaces, '..', ':', '~', '^', '?', '*', '[' and no leading '-')."
HUB_LINK_NOTEBOOK = ("'{notebook}' is not a path inside the repository: give it like notebooks/01_holoniq_scenarios.ipynb, "
                     "without a leading '/', '..' or backslashes.")
