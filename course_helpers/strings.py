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

# --- the journal (journal/) ---
# Counts, singular and plural.
JOURNAL_ANSWERS = ("{count} answer", "{count} answers")
JOURNAL_REVISIONS = ("{count} saved revision", "{count} saved revisions")
JOURNAL_COPIES = ("{count} set-aside copy", "{count} set-aside copies")
# Reasons, each completing "not saved: …", "not exported: …" and the like.
JOURNAL_DISK_FULL = "the disk is full"
JOURNAL_FOLDER_READ_ONLY = "the journal folder is read-only"
JOURNAL_BUSY = "the journal is busy in another notebook; try again in a moment"
JOURNAL_CANNOT_OPEN = ("a file the journal needs could not be opened; check that the journal folder exists "
                       "and that nothing else is in the way of its files")
JOURNAL_IN_WAL_MODE = "the journal file is in use by another program (WAL mode)"
JOURNAL_NEWER_FILE = "the journal file was written by a newer version of the course"
JOURNAL_TARGET_READ_ONLY = "the folder {folder} is read-only"
JOURNAL_TARGET_NOT_ALLOWED = "you may not write to the folder {folder}"
JOURNAL_TARGET_NO_FOLDER = "the folder {folder} does not exist"
JOURNAL_TARGET_IS_FOLDER = "{target} is a folder; give a file name"
JOURNAL_TARGET_IS_JOURNAL = "{target} is your journal itself; choose another file name for the export"
JOURNAL_FILE_MISSING = "there is no such file"
JOURNAL_FILE_NOT_ALLOWED = "you may not read it"
JOURNAL_NOT_A_REGULAR_FILE = "it is {kind}, not a file"

# Failures of saving, reading, exporting, erasing.
JOURNAL_NOT_SAVED = "not saved: {reason}"
JOURNAL_SOME_NOT_SAVED = "not saved: {reason}; {waiting} kept in memory until there is room, {saved} saved"
JOURNAL_NOT_READ = "your journal could not be read: {reason}"
JOURNAL_NOT_EXPORTED = "not exported: {reason}"
JOURNAL_NOT_ERASED = "not erased: {reason}"
JOURNAL_ERASE_REFUSED = 'nothing erased: the confirmation must be exactly "{phrase}"'
JOURNAL_NOT_COMPACTED = ("your answers were erased, but the journal file could not be compacted ({reason}); "
                         "erase again later to clear it")
JOURNAL_COPIES_NOT_DELETED = "not deleted: {copies} ({reason})"
JOURNAL_BAD_ID = "{kind} must be 1 to 64 letters, digits or underscores, not {text}"
JOURNAL_VALUE_REFUSED = "this answer cannot be saved: {problem}"

# Notices shown when the journal opens or exports.
JOURNAL_WHY_SET_ASIDE = {"empty": "it is empty", "corrupt": "it is corrupt",
                         "foreign": "it belongs to another program"}
JOURNAL_SET_ASIDE = ("Your journal file could not be read ({why}). It was kept as {name} "
                     "and a new, empty journal was started.")
JOURNAL_SET_ASIDE_RESCUED = ("Your journal file could not be read ({why}). It was kept as {name}; "
                             "{revisions} could still be read from it and were copied into a new journal.")
JOURNAL_NEWER_FILE_NOTICE = ("Your journal file was written by a newer version of the course. It was left "
                             "untouched; answers you give now are kept only until this notebook closes. "
                             "Update the course to keep saving.")
JOURNAL_LEFT_OUT_OF_EXPORT = ("Left out of your export: {revisions} that no question of this course can show. "
                              "They stay in your journal file.")

# Why an import was refused ("Nothing was imported: …").
JOURNAL_FILE_UNREADABLE = "the file could not be read: {reason}"
JOURNAL_FILE_TOO_LARGE = "the file is too large ({size:.1f} MB; the limit is {limit:g} MB)"
JOURNAL_NOT_UTF8 = "the file is not UTF-8 text (invalid byte at position {position})"
JOURNAL_NOT_JSON = "the file is not valid JSON ({problem} at line {line}, column {column})"
JOURNAL_FILE_TOO_DEEP = "the file nests lists or objects too deeply (an answer may nest {limit} levels)"
JOURNAL_NUMBER_IN_FILE_TOO_LARGE = "the file contains a number that is too large"
JOURNAL_REPEATED_KEY = "the file repeats the key {key} in one object"
JOURNAL_NOT_A_NUMBER = "the file contains {name}, which is not a JSON number"
JOURNAL_NOT_AN_EXPORT = "the file is not a journal export (it holds a JSON {kind}, not an object)"
JOURNAL_NEWER_EXPORT = ("the file was made by a newer version of the course (schema {version}); "
                        "update the course to import it")
JOURNAL_FIELD_INVALID = "{value} is not valid"
JOURNAL_WHERE = "revisions[{index}].{field} (step {step}, prompt {prompt})"
JOURNAL_NOT_A_TIME = "{value} is not a real date and time"
JOURNAL_TIME_AHEAD = ("{value} is more than a day ahead of this computer's clock; if the file is yours, "
                      "check the clock of the computer that made it, and of this one, then try again")
JOURNAL_NUMBER_TOO_LARGE = "it holds a number too large to keep"
JOURNAL_VALUE_DOES_NOT_FIT = "the answer does not fit its question: {problem}"
