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

# --- cohort: share files, collection, class dashboard (course_helpers.cohort) ---
# The learner's share file (09 and `python -m course_helpers share`).
SHARE_BAD_CLASS_CODE = ("A class code is 3 to 32 letters, digits or dashes, as your facilitator gave it "
                        "(for example SEM-2026-A).")
SHARE_UNKNOWN_STEP = "There is no step {steps} to share reflections from; the steps are {known}."
SHARE_NO_SECRET = "Your learner id could not be kept beside your journal ({reason}), so nothing was shared."
SHARE_SECRET_RENEWED = ("The file that keeps your learner id was damaged and was set aside as {path}; a new id was "
                        "made, so a file you shared before will count as another learner.")
SHARE_TOO_LARGE = "The share file would be larger than {limit}: untick the reflections of a step or two and try again."
SHARE_NOT_WRITTEN = "The share file could not be written: {reason}."
SHARE_KIND_NEVER = "this kind of answer is not part of share files yet"
SHARE_NOT_TICKED = "a written answer: shared only if you tick this step"
SHARE_TEXT_TOO_LONG = "{length} characters; a shared text may have at most {limit}"
SHARE_PREVIEW_HEADING = "Your share file for class {code} holds {count} answers:"
SHARE_PREVIEW_NOTHING = "- (no answers yet)"
SHARE_PREVIEW_LEFT_OUT = "Not in the file:"
SHARE_PREVIEW_NEVER = ("It holds no name, user name, computer name or folder: only a learner id that is new for "
                       "each class, the time it was made, and the answers above.")
SHARE_PREVIEW_EXACT = "The file, exactly as it will be saved:"
SHARE_SHOWN_PLACEMENT = "across {x}, up {y}"
SHARE_SHOWN_UNSET = "(not placed)"
SHARE_SHOWN_RATING = "{value} of 5"
SHARE_SHOWN_CHOICE = "{label}"
SHARE_SHOWN_RANKING = "{order}"
SHARE_SHOWN_TEXT = "“{text}”"

# Why a file was refused (one sentence each), and the summary group it is counted in.
COHORT_CAT_UNREADABLE = "could not be read"
COHORT_CAT_NOT_REGULAR = "not a plain file (links, pipes, devices and deep folders are not followed)"
COHORT_CAT_EMPTY = "empty"
COHORT_CAT_TOO_LARGE = "too large"
COHORT_CAT_NOT_JSON_NAME = "not a .json file"
COHORT_CAT_NOT_JSON = "not valid JSON text"
COHORT_CAT_NOT_SHARE = "not a share file"
COHORT_CAT_NEWER = "made by a newer version of the course"
COHORT_CAT_INVALID = "does not follow the share-file format"
COHORT_CAT_BAD_ANSWER = "holds an answer that does not fit its question"
COHORT_CAT_UNTICKED = "holds written answers the learner did not tick"
COHORT_CAT_OTHER_CLASS = "belongs to another class"
COHORT_CAT_ARCHIVE = "refused inside an archive, or the archive itself"
COHORT_UNREADABLE = "it could not be read ({reason})"
COHORT_SYMLINK = "it is a symbolic link, which is never followed"
COHORT_NOT_REGULAR = "it is not a plain file (a pipe, socket or device)"
COHORT_FOLDER_TOO_DEEP = "the folder is nested more than {limit} levels deep, so it was not opened"
COHORT_EMPTY = "the file is empty"
COHORT_TOO_LARGE = "the file is too large ({size}; a share file may have at most {limit})"
COHORT_NOT_JSON_NAME = "only .json files are read"
COHORT_IS_PICKLE = "it is a Python pickle, which is never opened because it could run code"
COHORT_IS_ARCHIVE = "it is an archive inside a folder or archive: import that archive on its own"
COHORT_IS_DATABASE = "it is a database file (perhaps a learner's journal), not a share file"
COHORT_IS_UTF16 = "it is UTF-16 text; a share file is UTF-8"
COHORT_NOT_UTF8 = "it is not UTF-8 text (invalid byte at position {position})"
COHORT_NOT_JSON = "it is not valid JSON ({problem} at line {line}, column {column})"
COHORT_TOO_DEEP = "it nests lists or objects too deeply"
COHORT_NUMBER_TOO_LARGE = "it holds a number too large to read"
COHORT_NOT_A_NUMBER = "it holds {name}, which is not a JSON number"
COHORT_REPEATED_KEY = "it repeats the key {key} in one object"
COHORT_NOT_AN_OBJECT = "it holds a JSON {kind}, not a share file"
COHORT_FOREIGN = "it is JSON, but not a share file from this course"
COHORT_IS_JOURNAL = ("it is a learner's journal backup, not a share file: ask them to use "
                     "'Share with my class' instead")
COHORT_NEWER = "it was made by a newer version of the course (share format {version}): update the course to read it"
COHORT_BAD_FIELD = "its {field} is not valid ({value})"
COHORT_MISSING_FIELD = "it has no {field}"
COHORT_EXTRA_FIELD = "it has a field {field} that share files do not have"
COHORT_BAD_ANSWER = "its answer {step}/{prompt} does not fit: {problem}"
COHORT_UNTICKED = "it holds written answers of step {step}, which the learner did not tick for sharing"
COHORT_OTHER_CLASS = "it is for class {code}, not {wanted}"
COHORT_VALUE_NUMBER = "a number beyond ±{limit}"
COHORT_VALUE_TEXT = "a text longer than {limit} characters"
COHORT_VALUE_DEEP = "lists or objects nested more than {limit} levels deep"
COHORT_VALUE_BIG = "a list or object of more than {limit} items"
COHORT_VALUE_KEY = "an object with a key that is not a plain name"
COHORT_VALUE_MISFIT = "it is not a valid {kind} answer"
COHORT_TEXT_NUL = "a text holds a NUL character"
COHORT_TEXT_SURROGATE = "a text holds a lone surrogate, which is not valid Unicode"
COHORT_BAD_ARCHIVE = "it is not a readable zip archive ({reason})"
COHORT_BAD_MEMBER = "it could not be read from the archive ({reason})"
COHORT_ARCHIVE_TOO_LARGE = "the archive is too large ({size}; the limit is {limit})"
COHORT_ARCHIVE_ENTRIES = "the archive holds {count} entries; at most {limit} are read, so none was"
COHORT_ARCHIVE_DIRECTORY = "the archive's table of contents is suspiciously large ({size}), so it was not read"
COHORT_ARCHIVE_INFLATES = "the archive would unpack to {size}; at most {limit} are read, so none was"
COHORT_UNSAFE_NAME = "its name points outside the archive's folder (an absolute path or '..')"
COHORT_ENCRYPTED = "it is encrypted"
COHORT_ZIP_RATIO = "it is compressed {ratio} to 1, beyond the {limit} to 1 a share file can reach"
COHORT_STOP_ENTRIES = "The import stopped after {limit} entries; split the folder or raise the limit."
COHORT_STOP_BYTES = "The import stopped after reading {limit}; split the folder or raise the limit."

# The import summary the facilitator reads.
COHORT_SUMMARY_ACCEPTED = "Share files read: {files}, from {learners} learners (the latest file of each counts)."
COHORT_SUMMARY_REPEATS = ("{superseded} earlier submissions were replaced by a later one from the same learner, "
                          "{duplicates} exact copies were counted once, and {conflicts} same-second conflicts "
                          "were settled.")
COHORT_SUMMARY_IGNORED = "{count} answers to questions this version of the course does not know were left out."
COHORT_SUMMARY_CLASSES = "The files come from several classes: {classes}."
COHORT_SUMMARY_REFUSED = "Refused {count} files:"
COHORT_SUMMARY_EXAMPLES = "The first {count} refused, with the reason:"

# The class dashboard and its exports.
COHORT_REPORT_TITLE = "Class dashboard: micro-credentials in higher education"
COHORT_LEARNERS = "Answers shared by {n} learners. Anything built from fewer than {k} is not shown."
COHORT_TOO_FEW_LEARNERS = ("Fewer than {k} learners have shared their answers, so nothing can be shown yet: "
                           "a smaller group could be recognised.")
COHORT_PRIVACY_NOTE = ("Only answers learners chose to share are here. Counts of fewer than {k} learners are hidden, "
                       "together with any count that would let them be worked out; reflections appear only where "
                       "learners ticked them, in alphabetical order and without any id. Delete the share files "
                       "when the course ends.")
COHORT_IMPORT_HEADING = "What was imported"
COHORT_STEP_TITLE = "Step {step}: {title}"
COHORT_STEP_NOTHING = "Nothing to show yet: each answer of this step comes from fewer than {k} learners."
COHORT_HIDDEN = "hidden"
COHORT_FEWER = "fewer than {k}"
COHORT_HIDDEN_NOTE = ("'hidden' marks a count of fewer than {k} learners, or a count hidden so that such a "
                      "count cannot be worked out from the others.")
COHORT_ANSWERED = "{n} learners answered."
COHORT_RATINGS_TITLE = "Step {step}: the class's ratings"
COHORT_MIXED_SCALE = ("the low end of each question's own scale", "its high end")
COHORT_COLUMN_QUESTION = "Question"
COHORT_COLUMN_N = "Learners"
COHORT_COLUMN_POINT = "Point"
COHORT_COLUMN_CENTRE = "Average (across, up)"
COHORT_COLUMN_SPREAD = "Spread (across, up)"
COHORT_COLUMN_SCENARIO = "Scenario"
COHORT_PLACEMENTS_TITLE = "Step {step}: placements in numbers"
COHORT_PLACEMENTS_DESCRIPTION = ("For each point: the class's average on the -5 to +5 scale (across: bundled to "
                                 "unbundled; up: market-led to government-led) and the standard deviation.")
COHORT_MAP_TITLE = "The class on HolonIQ's map"
COHORT_PROBABLE_TITLE = "Camilleri's scenarios: probable versus preferable, for the class"
COHORT_NEAREST_TITLE = "Which HolonIQ quadrant each scenario is nearest to, for the class"
COHORT_NEAREST_DESCRIPTION = "How many learners related each of Camilleri's scenarios to each HolonIQ quadrant:"
COHORT_TEXTS_NOTE = "Shared by {n} learners who ticked this step; in alphabetical order, without names or ids."
COHORT_TEXTS_FEW = "Fewer than {k} learners shared a reflection here, so none is shown."

# Seminar run sheets.
RUNSHEET_TITLE = "Run sheet: a {minutes}-minute seminar on micro-credentials in higher education"
RUNSHEET_INTRO = ("Minute by minute: the notebook each part uses, what the room does and how it is grouped, what to "
                  "project, and a note for the facilitator. Learners share their answers with the class code; import "
                  "the share files and project the class dashboard where the sheet says so.")
RUNSHEET_COLUMNS = ("Minutes", "Notebook", "What the room does", "Project", "Facilitator's note")
RUNSHEET_NOTES_TITLE = "Handling politically loaded critiques even-handedly"
