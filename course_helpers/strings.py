"""Every sentence the widgets show a learner, in one place.

Keeping interface text here (and nowhere else) means the course can be
translated later without touching any logic. Placeholders use ``str.format``.
"""

SAVED_AT = "saved {time}"
TIME_UNKNOWN = "at a time that could not be read"
NOT_ANSWERED = "not answered yet"
CANNOT_SHOW = ("Your saved answer could not be shown here ({reason}). It is kept in your journal as it was; "
               "answering again saves a new version.")
NOT_SAVED = "{reason}. Your text is still here: use 'Download my journal' to keep a copy."
SAVING = "saving…"
NOT_SAVED_INPUT = "Not saved yet: {reason}. Correct it and your answer is saved."
LISTENER_FAILED = "The figure could not follow this change ({reason}); your answer itself is not affected."

RATING_NONE = "no answer"

PLACEMENT_ACROSS = "{point}, across:"
PLACEMENT_UPDOWN = "{point}, up or down:"
PLACEMENT_MIDDLE = "in between"
PLACEMENT_X_ENDS = ("bundled", "unbundled")  # negative, positive
PLACEMENT_Y_ENDS = ("market-led", "government-led")  # negative, positive
PLACEMENT_FULLY = "fully {end}"

# --- answers with several parts (widgets/composite.py, widgets/forms.py) ---
GRID_CELL = "{row}: {column}"
RANK_TOOLTIP = "position {n}"
RANK_HELP = ("Give each item a position, 1 first. Choosing a position another item holds swaps the two; "
             "leave out what you cannot place.")
PICKS_HELP = "Tick up to {limit}."
PICKS_TOO_MANY = "You can tick at most {limit}: untick one first."
FIELD_NOT_NUMBER = "{field} should be a number, not '{text}'"
RECORD_EDITOR = "Add one:"
RECORD_ADD = "Add"
RECORD_ADDED = "Added. Add another, or move on."
RECORD_REMOVE = "Remove: {name}"
RECORD_NONE = "Nothing added yet."
RECORD_REQUIRED = "{field} is needed"
RECORD_FULL = "The list holds at most {limit} entries: remove one first"

DOWNLOAD_BUTTON = "Download my journal"
DOWNLOAD_READY = "Your journal is ready: {link} ({size})."
DOWNLOAD_LINK = "save journal file"
DOWNLOAD_FAILED = "The download could not be prepared: {reason}"
DOWNLOAD_TOO_LARGE = ("This journal is larger than the {limit} the course can import again. Keep the file: it holds "
                      "every answer; ask for help to restore it.")

UPLOAD_LABEL = "Restore answers"
UPLOAD_BUTTON = "Choose a journal file (.json)"
UPLOAD_DONE = "Restored {added} answers ({skipped} were already here). Re-run a notebook to see them."
UPLOAD_TOO_LARGE = "the file is larger than {megabytes} MB"
UPLOAD_FAILED = "Nothing was imported: {reason}"
UPLOAD_UNKNOWN = ("{count} of them answer prompts this version of the course does not know; they are kept in your "
                  "journal and in every download, but no notebook shows them.")

ERASE_BUTTON = "Erase my answers…"
ERASE_PROMPT = "To erase every answer in your journal for good, type: {phrase}"
ERASE_INPUT = "Confirm"
ERASE_CONFIRM = "Erase now"
ERASE_DONE = "Erased {count} saved revisions. Your journal is now empty."
ERASE_REFUSED = "Nothing was erased: the confirmation did not match."
ERASE_COPIES_FOUND = ("{count} copies of earlier journals were set aside because they could not be read. "
                      "They may still hold old answers:")
ERASE_COPIES_BUTTON = "Delete these copies too"
ERASE_COPIES_DONE = "Deleted {count} set-aside copies."
ERASE_COPIES_FAILED = "The copies could not all be deleted: {reason}"

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
MAPPING_NOTE = ("Our reading is the companion authors' interpretation, not HolonIQ's or Camilleri's, and not an "
                "answer key: each scenario below sets the case for your choice beside the case for ours. Your "
                "choices above stay exactly as you made them.")
MAPPING_HEADING = "Your reading beside ours"
YOUR_CHOICE = "Your choice"
TEAM_READING = "The companion authors' reading (interpretation)"
TEAM_HIDDEN = "shown once you have chosen"
REVEAL_NOTE = ("You have written {done} of {total} first readings above. Write yours before you open ours: "
               "then compare them.")
REVEAL_BUTTON = "Show the companion authors' reading"

# --- what a saved answer may hold (kinds.py) ---
VALUE_TOO_DEEP = "it nests lists or objects more than {limit} levels deep"
VALUE_NOT_TEXT = "it should be text, not {value}"
VALUE_NOT_RATING = "it should be a whole number from {low} to {high}, not {value}"
VALUE_NOT_OPTION = "it should be one of {options}, not {value}"
VALUE_NOT_PLACEMENT = "it should be a point with an x and a y, not {value}"
VALUE_BAD_COORDINATE = "its {axis} should be a whole number from {low} to {high}, not {value}"
VALUE_NOT_GRID = "it should be a table of answers, not {value}"
VALUE_NOT_LIST = "it should be a list, not {value}"
VALUE_NOT_FORM = "it should be a set of named entries, not {value}"
VALUE_NOT_NUMBER = "it should be a number, not {value}"
VALUE_UNKNOWN_ITEM = "it names {item}, which this prompt does not offer"
VALUE_REPEATED = "it lists the same thing twice"
VALUE_TOO_MANY = "it holds {count} entries where at most {limit} fit"
VALUE_TOO_LONG = "one entry is longer than {limit:,} characters"
VALUE_BAD_RECORD_ID = "an entry in the list has no proper id"

# --- tables of facts (tables.py) ---
STATUS_HEADER = "Status"
SOURCE_HEADER = "Source"
STATUS_WORDS: dict[str, str] = {
    "verified": "Checked in the source",
    "secondary": "Reported by a secondary source",
    "partly": "Partly checked",
    "interpretation": "Interpretation (the companion authors' reading)",
}
FIGURE_CAPTIONS: dict[str, str] = {
    "market": "HolonIQ's market context (figures for 2019)",
    "adoption": "HolonIQ's panel (2021) and survey (2023, after the course) of higher-education leaders",
    "barriers": "Barriers named in HolonIQ's surveys, 2021 and 2023 (reported by a secondary source)",
}
FIGURE_COLUMNS = ("What was measured", "Value", "Year")
SCENARIO_COLUMNS = ("No.", "Scenario", "Position", "What it could look like", "Pushed by", "Risks")
SCENARIO_CAPTION = "{framework}'s scenarios (descriptions are our interpretation)"
SCENARIO_STATUS = "{main}; {what}: {names}"
SCENARIO_STATUS_WHAT = ("name and position", "name and number")  # HolonIQ's, Camilleri's

# --- HolonIQ's map (plots/holoniq.py) ---
MAP_TITLE = "HolonIQ's four scenarios and your three points"
MAP_POLES = ("◀ Bundled", "Unbundled ▶", "▲ Government", "▼ Market")
MAP_INTRO = "HolonIQ's four scenarios drawn as a two-by-two map, with your points."
MAP_AXES = ("Horizontal axis: Bundled on the left (-5) to Unbundled on the right (+5). "
            "Vertical axis: Government-led at the top (+5) to Market-led at the bottom (-5).")
MAP_QUADRANTS = "Quadrants: {quadrants}."
MAP_POINTS = "Your points:"
MAP_POINT = "- {label} ({colour} {marker}): {position}, {where}; {reading}."
MAP_NO_POINTS = "No points are placed yet, so the map shows only the four quadrants."
MAP_ARROW_ABSENT = "Arrow from today to {target}: not drawn, because {absent} {verb} not placed yet."
MAP_ARROW_NONE = "Arrow from today to {target}: none, because the two points are in the same place."
MAP_ARROW = "Arrow from today to {target} ({style} {colour} line): length {length:.1f} on the -5 to +5 scale."
MAP_NOT_PLACED = "Not placed yet: {labels}."

# --- the probable-versus-preferable chart (plots/camilleri.py) ---
CHART_TITLE = "Probable versus preferable: your ratings"
RATINGS_PLACEHOLDER = ("The chart appears here as soon as you rate a scenario above, with a text description of "
                       "every rating below it.")
CHART_X = "How likely?  1 = very unlikely … 5 = very likely"
CHART_Y = "How desirable?  1 = not wanted … 5 = strongly wanted"
CHART_EMPTY = "Rate a scenario above\nto see it here"
CHART_NOT_RATED = " (not rated)"
CHART_INTRO = ("Probable versus preferable: each scenario you have rated is a point placed by how likely you "
               "think it is (across: 1 very unlikely to 5 very likely) and how much you want it "
               "(up: 1 not wanted to 5 strongly wanted).")
CHART_AREAS = "Dashed lines at 3 divide the chart into four areas: {areas}. A rating of 3 counts as undecided."
CHART_RATINGS = "Your ratings:"
CHART_RATING = "- {scenario}: likelihood {likelihood}, desirability {desirability}; {label}, {meaning}."
CHART_NONE = "No scenario has both ratings yet, so the chart shows no points."
CHART_SHARED = "{ids} have the same ratings and share one point and one label."
CHART_PARTIAL = "Not on the chart yet: {parts}."
CHART_NEITHER = "neither rating yet"
CHART_ONLY_DESIRABILITY = "desirability {desirability}, likelihood not rated yet"
CHART_ONLY_LIKELIHOOD = "likelihood {likelihood}, desirability not rated yet"

# The areas of the chart (scenarios.py): their names, and what each suggests doing (futures thinking, not advice).
CLASS_LABELS: dict[str, str] = {
    "likely_wanted": "likely and wanted",
    "likely_unwanted": "likely but unwanted",
    "unlikely_wanted": "wanted but unlikely",
    "unlikely_unwanted": "neither likely nor wanted",
    "undecided": "undecided",
}
CLASS_MEANINGS: dict[str, str] = {
    "likely_wanted": "a future to build on",
    "likely_unwanted": "a future to prepare for, or to work against",
    "unlikely_wanted": "a future that would need effort to bring about",
    "unlikely_unwanted": "a future to keep an eye on",
    "undecided": "a future you have not made up your mind about",
}
UNDECIDED_BOTH = "undecided on both counts"
UNDECIDED_LIKELIHOOD = "{wanted}, undecided how likely"
UNDECIDED_WANTED = "{likely}, undecided whether wanted"

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
AGREE = ("You and the companion's authors both placed {scenario} nearest to {quadrant}. The case for it: {reason} "
         "The strongest rival reading is {alternative}, which holds if {counter}.")
AGREE_NONE = ("You and the companion's authors both felt that none of HolonIQ's quadrants fits {scenario}. "
              "The case for that: {reason}")
DIFFER = ("You placed {scenario} nearest to {yours}: that reading holds if {condition}. Ours places it nearer to "
          "{theirs}, because {reason}")
DIFFER_TEAM_NONE = ("You placed {scenario} nearest to {yours}: that reading holds if {condition}. Ours finds that none "
                    "of the quadrants fits it well, because {reason}")
DIFFER_YOU_NONE = ("You felt that none of HolonIQ's quadrants fits {scenario}: that reading holds if {condition}. "
                   "Ours places it nearest to {theirs}, because {reason}")
UNANSWERED = ("You have not chosen a quadrant for {scenario} yet. Pick one above (or 'none of them'): "
              "our reading appears here once you have.")
# When a learner's choice differs, the case for it, by the quadrant they chose.
DEFENSIBLE_IF: dict[str, str] = {
    "H1": "you picture public rules steering it and the small pieces adding up to full qualifications",
    "H2": "you picture the state quality-assuring and listing small awards that count on their own",
    "H3": "you picture professional bodies or employers setting the standards and packaging the pieces into pathways",
    "H4": "you picture many providers selling separate credentials, with learners and employers judging their worth",
}
DEFENSIBLE_IF_NONE = "you think the scenario turns on something other than HolonIQ's two questions of who leads and how learning is packaged"
SUMMARY_NOTHING = "You have not related any of the six scenarios to a quadrant yet."
SUMMARY_SOME = ("You have related {answered} of the six scenarios. Read the two cases side by side: where they "
                "differ, say to yourself which argument you find stronger, and why.")
SUMMARY_LEFT = " {left} still to choose."
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# --- stakeholders and definitions (03), critiques and drivers (04) ---
# A judgement made wearing one stakeholder's hat, in words and as a symbol (never colour alone).
JUDGEMENT_WORDS = {"yes": "yes", "unsure": "unsure", "no": "no"}
JUDGEMENT_SYMBOLS = {"yes": "✓", "unsure": "?", "no": "✗"}
NOT_YET_WORD = "not yet"
NOT_YET_SYMBOL = "–"

# Parts of a stored grid or set of links that cannot be used are left out, with one sentence each.
LEFT_OUT_UNREADABLE = "Your saved {what} could not be read ({value}), so none are shown."
LEFT_OUT_UNKNOWN = "Left out {count} unknown {what}: {ids}."
LEFT_OUT_WHAT = {"viewpoints": ("viewpoint", "viewpoints"), "examples": ("example", "examples"),
                 "answers": ("answer", "answers"), "critiques": ("critique", "critiques"),
                 "links": ("link", "links"), "ratings": ("rating", "ratings")}
LEFT_OUT_BAD_CELLS = "Left out {count} {what} that could not be read: {cells}."
LEFT_OUT_MORE = "{n} more"

# How much the viewpoints disagree on one example.
DISAGREEMENT_RULE = ("How much the viewpoints disagree on an example is the distance between the most and the "
                     "least accepting answer (yes counts 1, unsure ½, no 0); ties are broken by how many "
                     "different answers there are.")
DISAGREEMENT_LEVELS = {1.0: "split (yes against no)", 0.5: "partly split (unsure against yes or no)",
                       0.0: "all agree"}
DISAGREEMENT_TOO_FEW = "too few answers to compare"
DISAGREEMENT_LINE = "{example}: {level}; {distinct} different {answers} from {answered} viewpoints"
DISAGREEMENT_LINE_AGREE = "{example}: all {answered} viewpoints agree ({answer})"
DISAGREEMENT_LINE_BOTH = "{example}: both viewpoints agree ({answer})"
DISAGREEMENT_LINE_FEW = "{example}: answered from {answered} viewpoint so far, too few to compare"
DISAGREEMENT_LINE_NONE = "{example}: not answered from any viewpoint yet"
MOST_DISAGREED = "The viewpoints disagree most on {examples}."
NONE_DISAGREED = "Every viewpoint that has answered agrees on each example so far."
TOO_FEW_TO_COMPARE = "Answer an example from at least two viewpoints to see whether they disagree."
PAIR_DIFFER = ("{a} and {b} differ most: on {count} of the {shared} examples you judged from both viewpoints "
               "({examples}).")
PAIR_NONE = "No two viewpoints differ on an example you judged from both of them."

# Your grid beside a definition: a comparison in words, never a score or a verdict.
FEATURE_LABELS = {
    "records_outcomes": "a record of learning outcomes",
    "assessed": "assessment against clear criteria",
    "designed_for_needs": "learning designed for a need",
    "portable": "being owned and shared by the learner",
    "quality_assured": "quality assurance",
    "credit_bearing": "academic credit",
}
FIT_WORDS = {"yes": "meets", "partly": "partly meets", "no": "misses", "any": "met by every example"}
FIT_STATUS = {"all": "meets every part", "partly": "meets some parts only in part",
              "misses": "misses at least one part"}
TIMING_PHRASES = {"before the course": "from before the course", "in the course's year": "from the course's year",
                  "after the course": "published after the course"}
VIEW_OPENER = "From the viewpoint of {stakeholder}, you {parts}."
VIEW_YES = "counted {items}"
VIEW_UNSURE = "were unsure about {items}"
VIEW_NO = "did not count {items}"
VIEW_NOTHING = "You have not judged any example from the viewpoint of {stakeholder} yet."
ITEM_MISSING = "{example} (missing {parts})"
COMPARE_SAME = ("For the examples you judged, this viewpoint draws the line where our reading of the "
                "{definition} definition does.")
COMPARE_WIDER = ("This viewpoint draws the line more widely than our reading of the {definition} definition: "
                 "you counted {items}.")
COMPARE_NARROWER = ("This viewpoint draws the line more narrowly than our reading of the {definition} "
                    "definition: you did not count {items}, which in that reading {meet} every part.")
COMPARE_ELSEWHERE = ("This viewpoint draws the line in a different place from our reading of the {definition} "
                     "definition: you counted {counted}, and did not count {excluded}, which in that reading "
                     "{meet} every part.")
COMPARE_NOT_A_VERDICT = ("A difference is not a mistake: the {definition} definition ({timing}) was written for "
                         "its own purposes, and {stakeholder} may reasonably need something else from a credential.")

# Critiques linked to drivers (04): what a link means, and the learner's links in words.
RELATION_MEANINGS = {
    "answers": ("takes up the need the driver names and responds to it: micro-credentials meet that need badly, "
                "at a cost to someone, or not on their own"),
    "pushes against": ("resists the push itself: doubts that the driver is as strong as claimed, or that higher "
                       "education should follow where it pushes"),
}
NO_DRIVER_LABEL = "none of the drivers"
LINK_LINE = "{critique} {relation} {driver}"
LINK_NO_RELATION = "{critique} is linked to {driver}; how (answers or pushes against) is not chosen yet"
LINK_TO_NONE = "{critique} concerns none of the drivers, in your view"
LINK_NOT_YET = "{critique} is not linked yet"
DRIVER_COUNT = "{driver}: {count} {critiques}"
BUSIEST_ONE = "The driver you linked the most critiques to: {drivers} ({count} {critiques})."
BUSIEST_MANY = "The drivers you linked the most critiques to: {drivers} ({count} {critiques} each)."
NO_LINKS = "You have not linked any critique to a driver yet."
RATING_OF = "{rating} of 5"
NOT_RATED = "not rated yet"
LEAST_CONVINCING = "The evidence you find least convincing: {critiques} ({rating})."
MOST_CONVINCING = "The evidence you find most convincing: {critiques} ({rating})."
ALL_RATED_ALIKE = "You gave the evidence behind every critique you rated the same rating ({rating})."
NONE_RATED = "You have not rated the evidence behind any critique yet."
STEELMAN_ONE = ("The critique to steelman: {critique}, whose evidence you found least convincing ({rating}). "
                "Write it as its authors would at their strongest.")
STEELMAN_TIE = ("{critiques} share your lowest rating ({rating}). We suggest {critique}, the first of them in "
                "the list; steelman another of them if you find it weaker.")
STEELMAN_NONE = ("Rate how convincing the evidence behind each critique is, above; the one you find least "
                 "convincing will be named here.")
EVEN_HANDED = "No statement here is marked right or wrong: the links and ratings are your judgement."
CRITIQUES_WORD = ("critique", "critiques")

# What a saved answer of 04's links kind may hold (kinds.py; 03's judgements are a plain grid).
VALUE_NOT_LINKS = "it should hold a link for each critique, not {value}"
VALUE_NOT_AN_ID = "{what} should be a short id, not {value}"
VALUE_UNKNOWN_ID = "{value} is not one of this prompt's {what}"
VALUE_NOT_LINK = "the link for {row} should hold a driver and a relation, not {value}"
VALUE_BAD_DRIVER = "the driver for {row} should be one of this prompt's drivers or {none!r}, not {value}"
VALUE_BAD_RELATION = "the relation for {row} should be {allowed}, not {value}"
VALUE_RELATION_TO_NONE = "the link for {row} has a relation, but its driver is {none!r}"

# The heat map of judgements (plots/judgements.py): what it says on the figure and in its description.
HEATMAP_TITLE = "Does it count as a micro-credential? Your answers, viewpoint by viewpoint"
HEATMAP_NOTE = "The examples are illustrative: made up by the companion's authors."
HEATMAP_DISAGREEMENT_HEADER = "Disagreement"
HEATMAP_LEVELS_SHORT = {1.0: "split: yes and no", 0.5: "partly split", 0.0: "all agree"}
HEATMAP_TOO_FEW_SHORT = "too few answers"
HEATMAP_MOST_MARK = "◆"
HEATMAP_LEGEND = {"yes": "✓ yes (dark blue)", "unsure": "? unsure (sky blue)", "no": "✗ no (yellow)",
                  None: "– not yet (hatched white)"}
HEATMAP_LEGEND_FRAME = "◆ and thick frame: most disagreement"
HEATMAP_EMPTY = "Answer from a viewpoint above to fill in the map"
HEATMAP_INTRO = ("Heat map of your judgements: one row per example credential ({examples}), one column per "
                 "stakeholder viewpoint ({viewpoints}). Each cell shows your answer as a symbol and a word "
                 "(✓ yes, ? unsure, ✗ no) on a colour that darkens as the answer accepts more: yellow for no, "
                 "sky blue for unsure, dark blue for yes. White hatched cells with a dash are not answered yet. "
                 "The examples are illustrative, made up by the companion's authors.")
HEATMAP_BY_VIEWPOINT = "Your answers, viewpoint by viewpoint:"
HEATMAP_VIEWPOINT_LINE = "- {viewpoint}: {parts}."
HEATMAP_VIEWPOINT_EMPTY = "- {viewpoint}: nothing answered yet."
HEATMAP_PARTS = {"yes": "yes for {items}", "unsure": "unsure about {items}", "no": "no for {items}",
                 None: "not answered yet for {items}"}
HEATMAP_DISAGREEMENT_INTRO = "The right-hand column shows the disagreement on each example. " + DISAGREEMENT_RULE
HEATMAP_MOST_FRAMED = "They are marked ◆ and framed in a thick black line."

# The two-sided figure of drivers and critiques (plots/links.py).
LINKS_TITLE = "Drivers of growth and the critiques: your links"
LINKS_DRIVERS_HEADER = "Drivers of growth"
LINKS_CRITIQUES_HEADER = "Critiques (how convincing the evidence is to you)"
LINKS_EVIDENCE = "evidence: {rating}"
LINKS_NO_DRIVER = "linked to none of the drivers"
LINKS_NOT_LINKED = "not linked yet"
LINKS_LEGEND = {"answers": "answers the driver's need (solid blue line)",
                "pushes against": "pushes against the driver (dashed orange-red line)"}
LINKS_LEGEND_OPEN = "relation not chosen yet (dotted grey line)"
LINKS_INTRO = ("Two-sided figure: the {drivers} drivers of micro-credentials' growth on the left, the {critiques} "
               "critiques on the right. A line joins each critique to the driver you linked it with: a solid blue "
               "line where the critique answers the driver (takes up the need it names and responds to it), a dashed "
               "orange-red line where it pushes against the driver (resists the push itself), and a dotted grey "
               "line where you have not chosen how yet. Under each critique: how convincing you find the evidence behind it, from 1 (not "
               "convincing) to 5 (very convincing).")
LINKS_BY_CRITIQUE = "Your links and ratings, critique by critique:"
LINKS_CRITIQUE_LINE = "- {link}; evidence {rating}."
LINKS_BY_DRIVER = "Links per driver:"
LINKS_DRIVER_LINE = "- {line}."
LINKS_DRIVER_COUNT = "{count} {critiques} linked"


# --- criteria and blocks (07: the credential audit, Open Badges export, summary, blocks ranking) ---
# Reading a stored audit form (credentials.py); each sentence follows "<field>: ".
CRED_TEXT_OF = "a text of {n:,} characters"
CRED_AN_OBJECT = "an object"
CRED_A_LIST = "a list of {n:,}"
CRED_NOT_A_FORM = "the saved form should be an object of fields, not {value}; the form was read as empty"
CRED_UNKNOWN_FIELDS = "the saved form has fields the audit does not know ({names}); they were left out"
CRED_NOT_TEXT = "the saved value should be text, not {value}; it was left empty"
CRED_NOT_A_NUMBER = "the saved value should be a number, not {value}; it was left empty"
CRED_NOT_A_LEVEL = "the saved value should be an EQF level or 'not applicable', not {value}; it was left empty"
CRED_NOT_A_LIST = "the saved value should be a list of statements, not {value}; it was left empty"
CRED_OUTCOMES_DROPPED = "{n:,} saved statements were not text and were left out"
# The strict check of a stored form (kinds.py), one sentence each.
CRED_FIELD_NOT_TEXT = "its {field} should be text, not {value}"
CRED_FIELD_TOO_LONG = "its {field} has {n:,} characters, more than the {limit:,} the form keeps"
CRED_OUTCOMES_SHAPE = "its learning outcomes should be a list of texts, not {value}"
CRED_TOO_MANY_OUTCOMES = "it has {n:,} learning outcomes, more than the {limit} the form keeps"
CRED_OUTCOME_TOO_LONG = "one of its learning outcomes is longer than {limit:,} characters"
CRED_FIELD_NOT_NUMBER = "its {field} should be a number up to {limit} (or empty), not {value}"
CRED_LEVEL_SHAPE = "its level should be a whole number from 1 to 8, '{na}' or empty, not {value}"

# Audit findings (credential_audit.py): every sentence starts with the element's name.
CRED_THE_FORM = "The form"
CRED_SUMMARY = (  # by the number of gaps and problems: none, one, more
    "{present} of the {total} mandatory elements of Annex I are present, and nothing below needs correcting.",
    "{present} of the {total} mandatory elements of Annex I are present; one point below needs a look.",
    "{present} of the {total} mandatory elements of Annex I are present; {n} points below need a look.",
)
CRED_LOAD_PROBLEM = "{element}: {problem}."
CRED_GAP = "{element} is missing, and Annex I lists it among the mandatory elements."
CRED_GAP_LEVEL = ("{element} is not stated. Annex I asks for an EQF level (1 to 8) only where one applies: "
                  "choose a level, or say '{na}'.")
CRED_OPTIONAL_MISSING = "{element} is not given; Annex I lists it as optional, so add it where it helps a reader."
CRED_WEAKENS = " Without it, the credential is weaker on the Annex II principle(s) {principles}."
CRED_WEAKENS_OURS = " (The link to {principles} is the companion authors' reading.)"
CRED_TEXT_TOO_LONG = "{element} has {n} characters, more than the {limit} the form keeps: shorten it."
CRED_TITLE_LONG = ("{element} has {n} characters; a title this long will not fit on a certificate or in a "
                   "wallet (aim for under {limit}).")
CRED_BAD_DATE = "{element} reads {value}, which is not a date such as 2023-06-15."
CRED_HOURS_UNIT = "hours"
CRED_HOURS = "{hours} hours"
CRED_ECTS = "{ects} ECTS"
CRED_ECTS_ABOUT = "{ects} ECTS (about {hours} hours)"
CRED_NOT_POSITIVE = "{element}: {value} {unit} is not a workload; give a number above zero."
CRED_WORKLOAD_AGREES = ("{element}: {ects} ECTS and {hours} hours agree, since 25-30 hours a credit "
                        "gives {span} hours.")
CRED_WORKLOAD_DISAGREES = ("{element}: {ects} ECTS would mean {span} hours at 25-30 hours a credit, "
                           "but {hours} hours are given ({per} hours a credit). One of the two needs correcting.")
CRED_WORKLOAD_ECTS = "{element}: {ects} ECTS, which is about {span} hours of work at 25-30 hours a credit."
CRED_WORKLOAD_HOURS = ("{element}: {hours} hours are given but no ECTS. Annex I asks for ECTS wherever possible; "
                       "{hours} hours is about {span} ECTS at 25-30 hours a credit.")
CRED_TOO_BIG_ECTS = ("{element}: {ects} ECTS is more than a full-time academic year of 60 ECTS "
                     "({years} years). The 2022 definition speaks of a small volume of learning, so check the "
                     "number; Annex I itself sets no size.")
CRED_TOO_BIG_HOURS = ("{element}: {hours} hours is more than a full-time academic year (1,500-1,800 hours). "
                      "The 2022 definition speaks of a small volume of learning, so check the number; "
                      "Annex I itself sets no size.")
CRED_LEVEL_NA = "{element}: marked '{na}', which Annex I allows, since it asks for a level only where one applies."
CRED_LEVEL_OK = "{element}: EQF level {level}."
CRED_LEVEL_BAD = ("{element}: {value} is not an EQF level. The EQF has levels 1 to 8; where none applies, "
                  "say '{na}'.")
CRED_OUTCOMES_COUNT = "{element}: {k} of {n} statement(s) start with a verb an assessor can check."
CRED_OUTCOME_VAGUE = ("{element}: {statement} starts with '{verb}', which an assessor cannot observe; "
                      "try a verb such as {suggestion}.")
CRED_OUTCOME_UNCLEAR = ("{element}: {statement} does not start with a verb we recognise; check that it names "
                        "something a learner can be assessed on.")
CRED_OUTCOMES_CAPPED = "{element}: there are {n} statements; only the first {limit} were checked."
CRED_SUPERVISION_OPTIONS = "{element}: Annex I offers three options for this element: {options}."

# Size against the frameworks (credential_audit.py).
CRED_SIZE_HEAD = "{framework}: {rule}."
CRED_SIZE_EU = ("So no size can show whether a micro-credential follows the Recommendation: the other lines "
                "compare with other frameworks' definitions.")
CRED_SIZE_NONE = "There is nothing to compare the size with."
CRED_SIZE_UNKNOWN = "Give a workload to compare it with this definition."
CRED_SIZE_FITS = "At {workload}, it fits."
CRED_SIZE_MAYBE = "At {workload}, it may or may not fit, depending on whether a credit stands for 25 or 30 hours."
CRED_SIZE_OPEN_TOP = ("At {workload}, more than a full-time year, whether it fits depends on that upper limit, "
                      "which is not set in hours.")
CRED_SIZE_NOT = "At {workload}, it would not fit, because {reason}."
CRED_SIZE_SMALLER = "it is smaller than the minimum of {limit} {unit}"
CRED_SIZE_LARGER = "it is larger than the maximum of {limit} {unit}"
CRED_SIZE_LEVEL = "its level is EQF {level} and this framework asks for {level_rule}"
CRED_UNKNOWN_EXAMPLE = "there is no example credential {example!r}; the examples are: {known}"

# The Open Badges 3.0 export (openbadges.py).
OB_UNTITLED = "Untitled micro-credential"
OB_UNSIGNED = ("UNSIGNED TEMPLATE, not a verifiable credential: made by the micro-credentials course companion "
               "from a learner's description. It has no proof. Only the awarding body can issue it, by checking "
               "it and signing it with its own key.")
OB_ACHIEVEMENT_DESCRIPTION = ("A micro-credential described with the EU standard elements (Annex I of Council "
                              "Recommendation 2022/C 243/02, adopted in June 2022). Elements Open Badges has no "
                              "field for are listed in the criteria and as tags that start with '{prefix}'.")
OB_NARRATIVE_HEADING = "EU standard elements that Open Badges 3.0 has no field for:"
OB_NOT_A_DOCUMENT = "the file is not an Open Badges credential (it should be a JSON object)"
OB_NO_ACHIEVEMENT = "the file has no credentialSubject.achievement, so there is no micro-credential to read"
OB_BAD_NUMBER = "the workload tag holds {value!r}, which is not a number"
# Where each EU standard element goes in Open Badges 3.0: (element id, field, note).
OB_MAPPING = (
    ("E01", "credentialSubject.identifier[0] (IdentityObject, identityType 'name')",
     "Native. The template keeps the name in plain text (hashed: false); an issuer may hash it or use the "
     "learner's own identifier as credentialSubject.id."),
    ("E02", "credentialSubject.achievement.name (and the credential's name)", "Native."),
    ("E03", "issuer.address.addressCountryCode (two capital letters) or issuer.address.addressCountry", "Native."),
    ("E04", "issuer.name (a Profile)", "Native. The issuer id is a placeholder the awarding body replaces."),
    ("E05", "awardedDate and issuanceDate",
     "Native. Without an ISO date the template uses the time of export for issuanceDate, which the schema "
     "requires, and keeps the words as written in a tag."),
    ("E06", "achievement.tag ('EU standard element, Learning outcome: …') and criteria.narrative",
     "No native field: one tag per outcome, also listed for people in the criteria."),
    ("E07", "achievement.tag ('… Notional workload (ECTS): …' and '… (hours): …')",
     "creditsAvailable is left empty: the specification defines it as credit hours, which are neither ECTS "
     "nor notional hours."),
    ("E08", "achievement.alignment (targetFramework 'European Qualifications Framework (EQF)', targetCode 1-8)",
     "Native for EQF levels 1-8; 'not applicable' (Annex I asks for a level only where one applies) is kept "
     "as a tag."),
    ("E09", "achievement.tag ('… Type of assessment: …') and criteria.narrative", "No native field."),
    ("E10", "achievement.tag ('… Form of participation: …') and criteria.narrative", "No native field."),
    ("E11", "achievement.tag ('… Type of quality assurance: …') and criteria.narrative", "No native field."),
    ("O01", "achievement.tag ('… Prerequisites: …') and criteria.narrative", "No native field."),
    ("O02", "achievement.tag ('… Supervision and identity verification: …') and criteria.narrative",
     "No native field."),
    ("O03", "credentialSubject.result[0].value (a Result)", "Native."),
    ("O04", "achievement.tag ('… Integration and stackability: …') and criteria.narrative", "No native field."),
    ("O05", "achievement.tag ('… Further information: …') and criteria.narrative", "No native field."),
)

# The printable one-page summary (credential_summary.py).
SUMMARY_PAGE_TITLE = "{title}: micro-credential summary"
SUMMARY_NOT_A_CREDENTIAL = ("A summary for planning and discussion, made by the micro-credentials course companion: "
                            "it is not a credential and certifies nothing.")
SUMMARY_ELEMENTS_HEADING = "The EU standard elements (Annex I)"
SUMMARY_FINDINGS_HEADING = "What the audit found"
SUMMARY_SIZES_HEADING = "Size beside other definitions"
SUMMARY_TABLE_HEADERS = ("Element", "Status", "Value")
SUMMARY_ELEMENT_LABEL = {"mandatory": "{name}", "optional": "{name} (optional)"}
SUMMARY_PRESENT = "given"
SUMMARY_MISSING = "MISSING"
SUMMARY_NOT_GIVEN = "not given"
SUMMARY_LEVEL_WORDS = {"gap": "Missing", "problem": "Check", "advice": "Advice", "ok": "OK"}
SUMMARY_VERDICT_WORDS = {"fits": "Fits", "would not fit": "Would not fit", "may fit": "May fit",
                         "no size": "No size set", "cannot tell": "Cannot tell"}
SUMMARY_SHORTENED = " (shortened; {n} characters in all)"
SUMMARY_MORE = "and {n} more"
SUMMARY_MORE_FINDINGS = "and {n} more points, shown in the notebook"
SUMMARY_EQF = "EQF level {level}"
SUMMARY_ECTS_AND_HOURS = "{ects} ECTS; {hours} hours"
SUMMARY_FOOTER = ("Made on {date}. The standard elements come from the Council Recommendation of 16 June 2022 "
                  "on a European approach to micro-credentials (2022/C 243/02), adopted after the course ran: "
                  "a recommendation, not a law. Annex I sets no size; the size lines compare with other "
                  "frameworks' definitions. Links between missing elements and principles are partly the "
                  "companion authors' reading.")
SUMMARY_WEAKENS = "(weakens {ids}; see Annex II)"

# The blocks ranking (blocks.py, kinds.py, plots/blocks.py).
RANKING_NOT_A_LIST = "it should be a list of blocks, most important first, not {value}"
RANKING_UNKNOWN = "{value} is not one of the blocks ({known})"
RANKING_REPEATED = "{value!r} appears more than once; each block can have one place"
RANKING_DROPPED = "some saved entries were not blocks, or came twice, and were left out: {items}"
RANKING_RANK = "you put it in place {rank}"
RANKING_NOT_RANKED = "you have not ranked it"
RANKING_LINE = "{block}: {rank}."
RANKING_NO_SHARE = "No survey in our sources gives a share for it."
RANKING_SHARE = ("{label}: {percent}% of respondents {figure}{together} (respondents: {respondents}). "
                 "Caveat: {caveat}")
RANKING_TOGETHER = " (asked together with {others})"
BLOCKS_TITLE = "Your ranking of the blocks beside survey shares"
BLOCKS_RANK_AXIS = "Your rank"
BLOCKS_SHARE_AXIS = "Share of respondents who named it (%)"
BLOCKS_UNRANKED = "not ranked"
BLOCKS_NO_SHARE = "no survey figure"
BLOCKS_DESCRIPTION_INTRO = ("Your ranking of the blocks on the road beside survey shares. Each row is a block: "
                            "on the left, the place you gave it (1 = the biggest block where you are); on the "
                            "right, the percentage of respondents who named it in a survey, one marker shape per "
                            "survey, each labelled with its value. The surveys asked different people different "
                            "questions in different years, so compare each share with your rank, not the shares "
                            "with each other.")
BLOCKS_DESCRIPTION_KEY = "Markers: {key}."
BLOCKS_DESCRIPTION_NONE = "You have not ranked any block yet; the rows follow the order of our list."
BLOCKS_PLACEHOLDER = ("The chart appears here as soon as you rank a block above: your order beside the survey "
                      "shares listed in the table further up.")
BLOCKS_JOINT_NOTE = "{mark} asked as one barrier: recognition and quality assurance together"

# The credential commands (cli/credential.py).
CLI_CREDENTIAL_HELP = "write the micro-credential audited in notebook 07 as Open Badges JSON or a printable page"
CLI_EXPORT_HELP = "write it as an unsigned Open Badges 3.0 credential template (JSON)"
CLI_SUMMARY_HELP = "write a printable one-page summary of it and its audit (HTML)"
CLI_FILE_HELP = "the file to write ({suffix})"
CLI_EXAMPLE_HELP = "use one of the example credentials instead of your saved form"
CLI_NOTHING_SAVED = ("there is no micro-credential saved in your journal yet. Fill in the audit form in notebook "
                     "07 (Criteria and blocks on the road), or try an example with --example ID ({known}).")
CLI_UNKNOWN_EXAMPLE = "there is no example {example!r}; the examples are: {known}"
CLI_NOTE = "note: part of your saved form could not be used: {problem}"
CLI_CANNOT_WRITE = "could not write {path}: {reason}"
CLI_EXPORTED = ("Wrote {path}: an unsigned Open Badges 3.0 template. Only the awarding body can issue it, "
                "by signing it.")
CLI_SUMMARY_WRITTEN = "Wrote {path}: open it in a browser and print it on one page."


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


# --- unbundling, rebundling and the learning ecology (05, 06: unbundling.py, pathways.py, counting.py, ecology.py) ---
# Unbundling one module (unbundling.py)
ROLE_WORDS = {"design": "design", "delivery": "delivery", "award": "award"}
ROLE_VERBS = {"design": "designs", "delivery": "delivers", "award": "awards"}
NEED_LABELS = {"quality_assurance": "Quality assurance", "recognition": "Recognition",
               "data_sharing": "Data sharing", "agreement": "An agreement"}
PART_BY = "{part} ({role}): {providers}."
PART_JOINTLY = "{providers}, jointly"
PART_UNASSIGNED = "{part} ({role}): no provider chosen yet."
PROVIDER_DOES = "{provider} ({kind}): {parts}."
PROVIDER_IDLE = "{provider} ({kind}): nothing in this arrangement."
PROVIDER_KIND_WORDS = {"home_university": "your university", "partner_university": "a partner university in an alliance",
                       "employer": "an employer", "platform": "a platform"}
PROVIDER_KIND_SHORT = {"home_university": "your university", "partner_university": "alliance partner",
                       "employer": "employer", "platform": "platform"}
ASSIGNMENT_NOT_OBJECT = "The arrangement should pair each part with a provider, not {value}."
ASSIGNMENT_UNKNOWN_PART = "{part} is not one of the module's parts ({known}), so it was left out."
ASSIGNMENT_UNKNOWN_PROVIDER = "{provider} is not one of the providers ({known}), so it was left out of {part}."
ASSIGNMENT_BAD_PROVIDERS = "The providers of {part} should be a provider or a list of providers, not {value}; it was left out."
ASSIGNMENT_TOO_MANY = "{part} names {count} providers; at most {limit} can share one part, so it was left out."
ARRANGEMENT_BOTH = ("Co-construction and co-delivery: {designers} share the design, and {deliverers} share the "
                    "delivery.")
ARRANGEMENT_CONSTRUCTION = ("Co-construction without co-delivery: {designers} share the design, but "
                            "{deliverers} alone delivers it.")
ARRANGEMENT_CONSTRUCTION_NO_DELIVERY = ("Co-construction: {designers} share the design. Nobody delivers the "
                                        "module yet, so co-delivery cannot be judged.")
ARRANGEMENT_DELIVERY = ("Co-delivery without co-construction: {designers} alone designs the module, and "
                        "{deliverers} share its delivery.")
ARRANGEMENT_DELIVERY_NO_DESIGN = ("Co-delivery: {deliverers} share the delivery. Nobody designs the module yet, "
                                  "so co-construction cannot be judged.")
ARRANGEMENT_BUNDLED = "Neither: {provider} does every part, so the module is still bundled."
ARRANGEMENT_BUNDLED_SO_FAR = "Neither so far: {provider} is the only provider chosen, so nothing is unbundled yet."
ARRANGEMENT_SPLIT = ("Neither, although the module is unbundled: each job is done by one provider alone "
                     "({who}). Handing a job to someone else is not the same as sharing it.")
ARRANGEMENT_EMPTY = "No part has a provider yet: choose one for each part to see the arrangement."
ARRANGEMENT_MISSING = " Still without a provider: {parts}."
ARRANGEMENT_JOINT_AWARD = " The credential is issued jointly by {providers}."
NEED_SENTENCE = "{need} ({part}: {provider}): {reason}"
NEED_ARRANGEMENT_SENTENCE = "{need} ({arrangement}): {reason}"
NEEDS_NOTHING = ("Nothing beyond your university's usual processes: every part that has a provider stays "
                 "with {provider}.")
ARRANGEMENT_NAMES = {"co_construction": "because the design is shared", "co_delivery": "because the delivery is shared"}

# Checking a pathway against an award's stacking rules (pathways.py)
PATHWAY_NOT_A_LIST = "Your pathway should be a list of module ids, not {value}."
PATHWAY_EMPTY = "Your pathway is empty: add modules from the catalogue, in the order you would take them."
PATHWAY_NOT_AN_ID = "Entry {position} of your pathway ({value}) is not a module id: remove it."
PATHWAY_UNKNOWN = "{module} is not in the catalogue: check the id, or remove it."
PATHWAY_REPEATED = "{module} appears {count}; a module counts only once, so remove the repeats."
TIMES = {2: "twice", 3: "three times"}
PATHWAY_NO_CREDIT = ("{module} carries no ECTS credit: it can stay in your portfolio, but it adds nothing "
                     "towards {award}.")
PATHWAY_NO_LEVEL = "{module} has no stated EQF level, so {award} cannot count its {ects} ECTS."
PATHWAY_LEVEL_LOW = "{module} is at EQF level {level}; {award} counts modules from level {low} to {high} only."
PATHWAY_PREREQ_UNKNOWN = ("{module} lists {prerequisite} as a prerequisite, but the catalogue has no such module: "
                          "ask its provider.")
PATHWAY_PREREQ_MISSING = "{module} needs {prerequisite} first: add {prerequisite_id} before {module_id}."
PATHWAY_PREREQ_LATE = ("{module} needs {prerequisite} first, but it comes later in your pathway: move "
                       "{prerequisite_id} before {module_id}.")
PATHWAY_PREREQ_CYCLE = ("{modules} each need another of them first (a loop in the catalogue), so none of them "
                        "can be taken until the catalogue is corrected.")
PATHWAY_TOO_FEW = "Your pathway has {total} ECTS; {award} needs at least {low}, so {missing} more to go."
PATHWAY_TOO_MANY = ("Your pathway has {total} ECTS, more than the {high} that {award} allows; it passes the "
                    "limit with {module}: drop a module worth at least {excess} ECTS.")
PATHWAY_LEVEL_CREDIT = ("{award} needs at least {low} ECTS at EQF level {level}; your pathway has {have} at that "
                        "level{which}.")
PATHWAY_LEVEL_CREDIT_WHICH = " (from {modules})"
PATHWAY_EXTERNAL_CAP = ("{award} accepts at most {cap} ECTS from outside providers; your pathway has {have} "
                        "from {modules}: drop one of them or choose a module from your university or a partner.")
PATHWAY_REQUIRED = "{award} requires {module}: add it to your pathway."
PATHWAY_MORE = "…and {count} more entries break the same rule ({rule})."
PATHWAY_SUMMARY = ("{count} module{s} ({total} ECTS): {home} ECTS from your university, {partner} from alliance "
                   "partners and {external} from outside providers ({share} of the credit). EQF levels: {levels}.")
PATHWAY_SUMMARY_EMPTY = "No modules yet."
PATHWAY_COMPLETE = "This pathway meets every stacking rule of {award}."
PATHWAY_VERDICT = "{award}: {broken} broken, {to_do} still to do."
COUNTED = {0: "none", 1: "one rule"}  # more: "{n} rules"
RULE_NAMES = {"not_a_list": "not a list", "empty": "empty pathway", "not_an_id": "not a module id",
              "unknown_module": "not in the catalogue", "repeated": "a module twice",
              "no_credit": "no credit", "no_level": "no level", "level_range": "levels",
              "prerequisite_unknown": "unknown prerequisite", "prerequisite_missing": "prerequisites first",
              "prerequisite_order": "prerequisites first", "prerequisite_cycle": "prerequisite loop",
              "credit_low": "total credits", "credit_high": "total credits", "level_credit": "credit at the award's level",
              "external_cap": "cap on outside credit", "required_module": "required module"}

# Counting pathways (counting.py)
COUNT_WORDS = ("thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion",
               "septillion", "octillion", "nonillion", "decillion")
COUNT_ABOUT = "about {mantissa} {word}"
COUNT_DIGITS = "a number with {digits:,} digits"
COUNT_BAD_SIZE = "The catalogue size should be a whole number from 1 to {limit:,}, not {value}."
COUNT_BAD_LENGTH = "The pathway length should be a whole number from 1 to {limit}, not {value}."
COUNT_LONGER_THAN_CATALOGUE = ("A pathway of {length} different modules needs a catalogue of at least {length}; "
                               "this one has {size}.")

# The learner's credentials and the interfaces between them (ecology.py)
CREDENTIAL_NOT_OBJECT = "A credential should be a record with a name, a size and a kind, not {value}."
CREDENTIAL_NAME_EMPTY = "Give the credential a name."
CREDENTIAL_NAME_LONG = "The name has {length:,} characters; keep it to {limit} or fewer."
CREDENTIAL_NAME_NOT_TEXT = "The name should be text, not {value}."
CREDENTIAL_SIZE_NOT_NUMBER = "The size should be a number, not {value}."
CREDENTIAL_SIZE_NOT_POSITIVE = "The size should be more than 0, not {value}: every credential takes some learning."
CREDENTIAL_SIZE_TOO_LARGE = "{value} {unit} is more than {limit:,} {unit}, larger than any credential on the map."
CREDENTIAL_UNIT = "The unit should be one of {units}, not {value}."
CREDENTIAL_LEVEL = "The level should be an EQF level from 1 to 8, or unknown, not {value}."
CREDENTIAL_KIND = "The kind should be one of {kinds}, not {value}."
CREDENTIAL_WHEN = "Say whether the credential is past or planned, not {value}."
CREDENTIAL_ID = "The credential's id should be a short text, not {value}."
CREDENTIAL_EXTRA = "A credential has no field {field}."
CREDENTIALS_NOT_LIST = "Your credentials should be a list, not {value}."
CREDENTIALS_TOO_MANY = "You have {count} credentials; the map holds at most {limit}."
CREDENTIALS_DUPLICATE_ID = "Two credentials share the id {id}."
CREDENTIAL_PROBLEM = "Credential {position} ({name}): {problem}"
KIND_WORDS = {"degree": "degree", "short_cycle": "short-cycle award", "professional": "professional certificate",
              "micro": "micro-credential", "mooc": "MOOC certificate", "badge": "digital badge",
              "course": "short course", "other": "other"}
INTERFACE_WORDS = {"stacks_into": "stacks into", "gives_entry_to": "gives entry to",
                   "credit_transfer": "credit transfer to", "rpl": "recognition of prior learning towards"}
INTERFACE_NOT_OBJECT = "A link should say from, to and kind, not {value}."
INTERFACE_UNKNOWN_END = "The link's {end} ({value}) is not one of your credentials."
INTERFACE_SELF = "{name} cannot link to itself."
INTERFACE_KIND = "The kind of link should be one of {kinds}, not {value}."
INTERFACE_DUPLICATE = "The link '{name} {kind} {other}' is there twice."
INTERFACES_NOT_LIST = "Your links should be a list, not {value}."
INTERFACES_TOO_MANY = "You have {count} links; the map holds at most {limit}."
INTERFACE_PROBLEM = "Link {position}: {problem}"
ISOLATED = "{name} has no link to any other credential."
FIT_YES = "{framework}: fits ({why})."
FIT_MAYBE = "{framework}: may fit, depending on how many hours an ECTS credit stands for ({why})."
FIT_NO = "{framework}: does not fit ({why})."
FIT_NO_SIZE = "{framework}: sets no size, so any size fits ({why})."
FIT_OPEN_TOP = "{framework}: meets the minimum; the upper limit ({why}) cannot be checked from the size alone."
FIT_LEVEL_OUTSIDE = " Its level, EQF {level}, is outside EQF {low} to {high}."
# What a saved answer of 05 and 06 may hold (kinds.py)
VALUE_NOT_ASSIGNMENT = "it should pair parts of the module with providers, not {value}"
VALUE_BAD_PART = "{part} is not a part of the module ({parts})"
VALUE_BAD_PROVIDERS = "the providers of {part} should be up to four different ones of {providers}, not {value}"
VALUE_NOT_PATHWAY = "it should be a list of module ids, not {value}"
VALUE_PATHWAY_TOO_LONG = "it lists {count} modules; a pathway holds at most {limit}"
VALUE_BAD_PATHWAY_ID = "entry {position} should be a module id of 1 to {limit} characters, not {value}"
VALUE_NOT_CHOICE_COUNT = "it should give a catalogue size and a pathway length, not {value}"
VALUE_BAD_CHOICE_COUNT = "it holds settings that do not fit: {problem}"
VALUE_BAD_CREDENTIALS = "it holds a credential that cannot be shown: {problem}"
VALUE_BAD_INTERFACES = "it holds links that cannot be shown: {problem}"
VALUE_REPEATED_INTERFACE = "the same link is there twice."
VALUE_LONG_INTERFACE_ID = "a credential id is longer than {limit} characters."


# --- the portfolio, your own context (08) and closing questions (09) ---

# The portfolio page and Markdown (portfolio/)
PF_TITLE = "My portfolio: Micro-Credentials in Higher Education"
PF_ABOUT = ("This portfolio holds everything you wrote in the companion notebooks for the step "
            "\u201cMicro-Credentials in Higher Education\u201d: every prompt of every step in course order, "
            "your latest answer to it and when you saved it, and the figures drawn from your answers, each "
            "with a text description. Earlier versions of your answers stay in your journal, and the JSON "
            "backup of the journal holds them all.")
PF_PRIVATE = ("It was made on your own computer from your journal, and nothing has been sent anywhere: "
              "it contains no scripts and loads nothing from the internet.")
PF_MADE = "Made on {time}, from a journal of {revisions:,} saved revisions."
PF_SUMMARY_ALL = "You have answered all {total} prompts."
PF_SUMMARY_SOME = "You have answered {answered} of {total} prompts; the others are marked \u201cnot answered\u201d."
PF_SUMMARY_EMPTY_STEPS = "Steps with no answer yet: {steps}."
PF_SUMMARY_UNKNOWN = ("Your journal also holds {count} answers to prompts this version of the course does "
                      "not know; they are listed at the end, exactly as saved.")
PF_CONTENTS = "Contents"
PF_COUNT = "{answered} of {total} answered"
PF_PLANNED = "This step's notebook is not available yet in this version of the companion."
PF_NO_PROMPTS = "This step asks no questions."
PF_NOT_ANSWERED = "Not answered."
PF_CLEARED = "Cleared on {time}."
PF_SAVED = "Saved on {time}."
PF_DESCRIPTION = "Text description of the figure"
PF_FIGURE_FAILED = "A figure of this step could not be drawn ({error}); your answers above are complete."
PF_UNKNOWN_HEADING = "Answers this version of the course does not know"
PF_UNKNOWN_ABOUT = ("These answers are in your journal, but this version of the course has no such prompt, for "
                    "example because they were made with a newer version. They are shown exactly as saved.")
PF_UNKNOWN_PROMPT = "Step {step}, prompt {prompt}"
PF_FOOTER = ("Made by the micro-credentials course companion. Keep this file wherever you like: "
             "it needs no internet connection and no other file.")
PF_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
# A value put into words (portfolio/collect.py)
PF_RATING = "{value} of {high}"
PF_PLACED = "{point}: {where}; {reading}."
PF_PARTLY_PLACED = "Only partly placed: across {across}, up or down {updown}."
PF_NOT_CHOSEN = "not chosen yet"
PF_FIELD_EMPTY = "not filled in"
PF_GRID_CELL = "{row}, {column}: {answer}"
PF_GRID_NONE = "Nothing judged yet."
PF_RANKED = "{position}. {item}"
PF_LINK = "{critique}: {relation} {driver}"
PF_LINK_RELATED = "linked to"
PF_LINK_NONE = "none of the drivers"
PF_NOTE_UNKNOWN_PROMPT = "Shown exactly as saved: this version of the course does not know this prompt."
PF_NOTE_UNKNOWN_KIND = "Shown exactly as saved: this version of the course cannot put answers of kind {kind!r} into words."
PF_NOTE_DOES_NOT_FIT = "Shown exactly as saved, because this answer does not fit its question: {problem}."
PF_NOTE_NOT_WORDED = "Shown exactly as saved: it could not be put into words ({error})."
PF_RAW_UNSHOWABLE = "({value} that is nested too deeply to show here; it is kept in your journal and its JSON backup)"
# Writing the portfolio (portfolio/__init__.py, the command line, the download link in 09)
PF_BAD_SUFFIX = "{name!r} does not end in .html or .md, so the portfolio's format is unclear: choose one of them."
PF_NOT_WRITTEN = "The portfolio was not written: {reason}."
PF_NOT_MADE = "The portfolio could not be made: {reason}."
PF_REASON_FULL = "the disk is full"
PF_REASON_READ_ONLY = "that folder cannot be written to"
PF_REASON_NO_FOLDER = "that folder does not exist"
PF_REASON_IS_FOLDER = "that name is a folder"
PF_LINK_HTML = "Download my portfolio as a web page (.html)"
PF_LINK_MARKDOWN = "Download my portfolio as Markdown (.md)"
PF_LINK_FAILED = "The portfolio could not be prepared: {reason}"
PF_CLI_WROTE = "Wrote your portfolio ({answered} of {total} prompts answered) to {path}"

# 09: the review of the whole journal (portfolio/review.py)
RV_CAPTION = "Your journal, step by step"
RV_HEADERS = ("Step", "Title", "Answered", "State", "Notebook")
RV_STATES = {"done": "done", "started": "started", "not started": "not started yet",
             "no prompts": "nothing to answer"}
RV_PLANNED = "coming later"
RV_SUMMARY = "{done} steps done, {started} started and {untouched} not started yet."

# 09: the closing questions and the question wall (questions.py)
Q_PROMPT_FURTHER = "What further questions about micro-credentials do you have now? Put each one on your wall."
Q_PROMPT_UNANSWERED = "Which of your questions has this step left without an answer?"
Q_PROMPT_UNSAID = "What do you feel was left unsaid, by the step or by this companion?"
Q_FIELD_TEXT = "Your question"
Q_FIELD_STEP = "Which step it concerns"
Q_FIELD_STAKEHOLDER = "Whom it concerns"
Q_EMPTY = "Write the question first: it is empty."
Q_TOO_LONG = "This question is {length:,} characters long; keep it under {limit:,} (put the rest in a reflection)."
Q_UNKNOWN_STEP = "{value} is not a step of this course; choose one of {known}, or no step."
Q_UNKNOWN_STAKEHOLDER = "{value} is not one of the stakeholders here ({known}); choose one of them, or none."
Q_WALL_FULL = "Your wall already holds {limit} questions; remove one before adding another."
Q_NOT_A_WALL = "The saved question wall cannot be changed here, because {problem}."
Q_NO_SUCH_QUESTION = "There is no question {id} on your wall (it may have been removed already)."
Q_NO_STEP = "not tied to a step"
Q_NO_STAKEHOLDER = "no stakeholder in particular"
Q_SUMMARY_NONE = "Your wall has no questions yet."
Q_SUMMARY_TOTAL = "Your wall has {count} question{s}."
Q_SUMMARY_STEP = ("The busiest step: {names}, with {count} question{s}.", "The busiest steps: {names}, with {count} question{s} each.")
Q_SUMMARY_STAKEHOLDER = ("The busiest stakeholder: {names}, with {count} question{s}.",
                         "The busiest stakeholders: {names}, with {count} question{s} each.")
Q_SUMMARY_UNTAGGED = "None is tagged with a step or a stakeholder yet."
QT_TITLE = "Where your open questions gather"
QT_BY_STEP = "By step"
QT_BY_STAKEHOLDER = "By stakeholder"
QT_AXIS = "Number of questions"
QT_EMPTY = "No questions on your wall yet"
QT_VALUE = "{count}"
QT_VALUE_MOST = "{count} (most)"
QT_DESCRIBE_INTRO = ("Where your open questions gather: two panels of horizontal bars, one bar per step (top) and "
                     "per stakeholder (bottom), with the number of questions written beside each. The tags with "
                     "the most questions are drawn {busiest}, hatched and marked \u201cmost\u201d; the others {colour}.")
QT_DESCRIBE_MOST = "most"

# 08: your own context (context.py, plots/readiness.py)
CX_PROMPT_CONTEXT = ("Which setting are you thinking of: your own learning, your work, or an organisation you know? "
                     "Describe it in a few lines.")
CX_READINESS_PROMPT = "How far is \u201c{principle}\u201d already in place in that setting?"
CX_READINESS_LOW = "1 = not at all"
CX_READINESS_HIGH = "5 = fully in place"
CX_PROMPT_HARDEST = "Which two of the ten would be hardest to put in place there?"
CX_PROMPT_WHY_HARDEST = "Why would those two be the hardest there?"
CX_PROMPT_WHO = "Who would you need on board to make progress, and why them?"
CX_PROMPT_PLAN = "Your action plan: one step in the next three months, who takes it, and what would show it worked."
CX_RECALL_TODAY = "Where you placed your setting today on HolonIQ's map (01)"
CX_RECALL_HEADING = "Where you thought it was heading by 2030 (01)"
CX_RECALL_PREFERRED = "Where you would like it to be (01)"
CX_RECALL_WORRY = "The scenario that worries you most (02)"
CX_RECALL_RANKING = "Your ranking of the blocks on the road (07)"
CX_RECALL_AUDIT = "Your audit of a micro-credential (07)"
CX_READINESS_NONE = "You have not rated any principle yet."
CX_READINESS_ALL_SAME = "You rated {count} principles, all at {rating}: none stands out as lowest."
CX_READINESS_LOWEST = "You rated {count} of the principles; lowest: {names}, at {rating}."
CX_READINESS_LEFT = " {left} still to rate."
CX_PLAN_FIELDS = {"step": "One step in the next three months", "who": "Who takes it",
                  "evidence": "What would show it worked"}
CX_PLAN_COMPLETE = "Your plan has all three parts."
CX_PLAN_MISSING = "Still to write: {parts}."
CX_PLAN_NO_PART = "{part} is not a part of the plan; its parts are {parts}."
CX_PLAN_REFUSED = "The plan was not changed ({problem})."
CX_CHART_TITLE = "How ready your setting is, principle by principle"
CX_CHART_AXIS = "1 = not in place at all \u2026 5 = fully in place"
CX_CHART_UNRATED = "not rated yet"
CX_CHART_VALUE = "{rating}"
CX_CHART_VALUE_LOWEST = "{rating} lowest"
CX_CHART_EMPTY = "Rate a principle above to see it here"
CX_DESCRIBE_INTRO = ("Readiness of your setting on the {count} principles of Annex II of the EU Council "
                     "Recommendation of June 2022 (adopted after the course ran): one horizontal bar per principle, "
                     "whose length is your rating from 1 (not in place at all) to 5 (fully in place).")
CX_DESCRIBE_CUES = ("The lowest-rated principles are drawn {lowest}, hatched and marked \u201clowest\u201d; the "
                    "others {colour}. Each rating is also written at the end of its bar.")
CX_DESCRIBE_HEADING = "Your ratings:"
CX_DESCRIBE_UNRATED = "not rated yet (no bar)."
CX_DESCRIBE_RATED = "{rating} of 5"
CX_DESCRIBE_LOWEST_MARK = "lowest"


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

# --- notebooks 05 and 06: their widgets, tables and live views (widgets/unbundling.py, widgets/pathway.py,
# widgets/ecology.py, unbundling_views.py, pathway_views.py, ecology_views.py) ---
# Taking the module apart (05)
ASSIGN_HELP = ("Tick one provider for a part, or several if they share it. Move with Tab and tick with Space. "
               "The grid and the verdict below follow every tick, and each tick is saved.")
ASSIGN_LABEL = "{part}: {provider}"
CONCEPTS_COLUMNS = ("Term", "What it means")
CONCEPTS_CAPTION = "The terms of this step, with their sources"
ECIU_COLUMNS = ("Type", "Name", "What it is")
ECIU_CAPTION = "ECIU University's three types of micro-credential (2021)"
PARTS_COLUMNS = ("Part", "Role", "What it covers", "In this module")
PARTS_CAPTION = "The five parts of the fictional module NV-CARB, Carbon accounting with data"
PROVIDERS_COLUMNS = ("Provider", "Kind", "Who they are")
PROVIDERS_CAPTION = "The four fictional providers"
ARRANGEMENT_HEADING = "Your arrangement in words"
ARRANGEMENT_BY_PROVIDER = "Who does what, provider by provider:"
ARRANGEMENT_NEEDS = ("What this arrangement would need (the companion authors' reading, from "
                     "data/arrangement_needs.csv):")
GRID_PLACEHOLDER = ("The grid of who does what appears here once you tick a provider for a part above, with a text "
                    "description of everything it shows.")

# Rebundling a pathway (05)
PATHWAY_CATALOGUE_HEADING = "The catalogue (fictional):"
PATHWAY_CATALOGUE_HELP = ("each module with its credit, level and prerequisites. Tab to a module's Add button and "
                          "press Space to put it at the end of your pathway.")
PATHWAY_STACKS_HOME = "your university, so its credit counts in full"
PATHWAY_STACKS_PARTNER = "an alliance partner, whose credit the alliance agreement recognises"
PATHWAY_STACKS_EXTERNAL = "an outside provider, whose credit counts only up to the award's cap"
PATHWAY_MODULE_LINE = "{title} · {ects} ECTS · {level} · needs: {needs}"
PATHWAY_NO_LEVEL_WORD = "no EQF level"
PATHWAY_NEEDS_NOTHING = "nothing"
PATHWAY_ADD = "Add {id}"
PATHWAY_ADD_TOOLTIP = "Add {id} ({title}) at the end of your pathway"
PATHWAY_UP = "Up: {id}"
PATHWAY_DOWN = "Down: {id}"
PATHWAY_REMOVE = "Remove: {id}"
PATHWAY_UP_TOOLTIP = "Move {id} one place earlier"
PATHWAY_DOWN_TOOLTIP = "Move {id} one place later"
PATHWAY_REMOVE_TOOLTIP = "Take {id} out of your pathway"
PATHWAY_NONE_YET = "No modules yet: add them from the catalogue below."
PATHWAY_NOT_IN_CATALOGUE = "{id} (not in the catalogue: remove it)"
PATHWAY_IN_PATHWAY = "in your pathway, position {position}"
PATHWAY_ADDED = "Added {id} at position {position}."
PATHWAY_ALREADY = "{id} is already in your pathway, at position {position}: a module counts only once."
PATHWAY_MOVED = "{id} is now at position {position}."
PATHWAY_REMOVED = "Took {id} out of your pathway."
PATHWAY_FULL = "Your pathway holds at most {limit} modules: remove one first."
AWARD_COLUMNS = ("Award", "Kind", "Total credit", "Levels", "Outside credit", "Required modules")
AWARDS_CAPTION = "The two awards and their stacking rules (fictional)"
AWARD_CREDIT = "{low} to {high} ECTS"
AWARD_LEVELS = "modules at EQF {low} to {high}; at least {at_level} ECTS at EQF {level}"
AWARD_OUTSIDE = "at most {cap} ECTS from outside providers (an alliance partner's credit does not count as outside)"
AWARD_NONE_REQUIRED = "none"
CHECK_HEADING = "Your pathway, checked"
CHECK_CHOOSE_AWARD = "Choose an award above: the check needs its rules. Meanwhile, here are your pathway's totals."
CHECK_TOTALS = "Totals: {summary}"
FINDING_WORDS = {"broken": "Broken", "to_do": "Still to do", "note": "Note"}

# Counting pathways (05)
CHOICE_HELP = ("Type a whole number in each field, then press Enter or Tab: the chart and its description follow. "
               "Try our catalogue's 26 modules, your own institution's, and Camilleri's 50,000.")
CHOICE_SIZE_LABEL = "Modules in the catalogue"
CHOICE_SIZE_EXAMPLE = "for example 26 or 50,000"
CHOICE_LENGTH_LABEL = "Modules in one pathway"
CHOICE_LENGTH_EXAMPLE = "for example 5"
CHOICE_BOTH_NEEDED = "Give both numbers: the catalogue's size and the pathway's length."
CHOICE_PLACEHOLDER = ("The chart appears here once you have typed a catalogue size and a pathway length above and "
                      "pressed Enter, with a text description of everything it shows.")
CHOICE_ORDERED = "If the order of taking the modules counts too, the same settings give {count} ordered pathways."

# The learner's credentials and their links (06)
CREDENTIAL_SUMMARY = "{name}: {size} {unit}, {level}, {kind}, {when}"
CREDENTIAL_LEVEL_UNKNOWN = "level unknown"
LINK_EDITOR = ("Draw a link: choose where it starts, what kind of link it is, and where it ends, then press Add. "
               "The rows offer the credentials you added above.")
LINK_FROM = "From:"
LINK_KIND = "Link:"
LINK_TO = "To:"
LINK_ADD = "Add link"
LINK_ADDED = "Added: {link}."
LINK_NONE = "No links yet."
LINK_NEEDS_TWO = "Add at least two credentials above: a link joins two of them."
LINK_CHOOSE = "Press a button in each of these rows first: {rows}."
LINK_THERE_ALREADY = "The link '{link}' is there already."
LINK_DANGLING = "a link ({kind}) to or from a credential you have removed"
INTERFACE_BUTTONS = {"stacks_into": "stacks into", "gives_entry_to": "gives entry to",
                     "credit_transfer": "credit transfer to", "rpl": "recognition of prior learning towards"}
INTERFACE_MEANINGS = {
    "stacks_into": "its credit counts towards the larger award",
    "gives_entry_to": "holding it admits you to the other programme",
    "credit_transfer": "its credit is carried over to another institution's programme",
    "rpl": "the learning it records is recognised instead of part of the other",
}
ECOLOGY_CONCEPTS_CAPTION = "The ideas behind the map"
TYPES_COLUMNS = ("Credential type", "Typical size", "Level")
TYPES_CAPTION = "Credential types on the map, by size and level"
SIZE_DEFINITIONS_COLUMNS = ("Definition", "When", "Size", "Level framework")
SIZE_DEFINITIONS_CAPTION = "How frameworks size a micro-credential (the course ran from March 2021)"
LEVEL_NOT_STATED = "not stated"
DATE_UNKNOWN = "date unknown"
MAP_LEFT_OUT = "Left out of the map (saved, but not drawn):"
MAP_PLACEHOLDER = ("The map appears here as soon as you add a credential above: yours placed among the credential "
                   "types and micro-credential definitions listed in the tables further up.")
FITS_HEADING = "Would your credentials count as micro-credentials?"
FITS_NONE_YET = "Add a credential above to see which definitions its size fits."
FITS_INTRO = ("By size (and by level where the definition sets one), under four definitions. Size is only one test: "
              "each definition also asks for assessment, quality assurance and more.")
# The answers of 05 and 06 in the portfolio (portfolio/words_05_06.py)
PF_NOT_IN_CATALOGUE = "not in the catalogue"
PF_PATHWAY_EMPTY = "No modules."
PF_CHOICE_COUNT = ("A catalogue of {size:,} modules and pathways of {length}: {count} distinct pathways "
                   "(order ignored).")
PF_CREDENTIAL = " ({id}): {size} {unit}, {level}, {kind}, {when}"
# --- facilitator: the class dashboard notebook and the hub's class folder (cohort/views.py, cohort/classfolder.py) ---
# Saving into the hub's class folder (the learner) and reading it (the facilitator).
CLASS_FOLDER_UNSET = ("There is no class folder here: a hub that provides one tells the notebooks where it is "
                      "through {variable}.")
CLASS_FOLDER_NOT_WRITTEN = "Your share file could not be saved into the class folder: {reason}."
CLASS_FOLDER_TAKEN = ("A file called {name} is already in the class folder and someone else saved it, so yours was "
                      "not saved there. Tell your facilitator, or download your file and give it to them.")
CLASS_FOLDER_SAVED = ("Saved your share file into the class folder as {name}. Your facilitator can see that the file "
                      "is yours; the class dashboard shows your answers only inside groups of at least {k} learners.")
CLASS_FOLDER_UNREADABLE = "The class folder could not be read ({reason})."
CLASS_FOLDER_TOO_DEEP = "a folder inside a learner's folder is never opened"
CLASS_FOLDER_CAT_FORGED = "saved by someone other than the learner it names"
CLASS_FOLDER_FORGED = "it carries the name of {claimed}, but {owner} saved it, so nothing in it was read"
CLASS_FOLDER_UNKNOWN_USER = "an unknown user (number {uid})"

# The dashboard notebook: collecting.
DASHBOARD_PROJECTOR = "Projector view"
DASHBOARD_PROJECTOR_TOOLTIP = "Large type for a projector; importing, exports and run sheets are hidden until you turn it off"
DASHBOARD_COLLECT_HEADING = "Collect share files"
DASHBOARD_CLASS_FOLDER = ("This hub's class folder is {path}. Learners save their share files into it, and it is read "
                          "whenever this notebook runs. Each file counts for the user who saved it.")
DASHBOARD_CLASS_FOLDER_BUTTON = "Read the class folder again"
DASHBOARD_FOLDER_LABEL = "Folder of share files"
DASHBOARD_FOLDER_PLACEHOLDER = "a path on the computer running this notebook, e.g. ~/seminar/submissions"
DASHBOARD_FOLDER_BUTTON = "Import the folder"
DASHBOARD_ZIP_LABEL = "Zip archive of share files"
DASHBOARD_ZIP_PLACEHOLDER = "e.g. ~/Downloads/submissions.zip"
DASHBOARD_ZIP_BUTTON = "Import the archive"
DASHBOARD_UPLOAD = "Upload share files or zip archives"
DASHBOARD_CLASS_CODE_LABEL = "Class code (optional)"
DASHBOARD_CLASS_CODE_PLACEHOLDER = "read only files for this class, e.g. SEM-2026-A"
DASHBOARD_START_AGAIN = "Forget every imported file"
DASHBOARD_PROGRESS = "Reading"
DASHBOARD_HOW = ("Import as often as you like: a file read twice counts once, and a learner's later file replaces "
                 "their earlier one.")
DASHBOARD_NO_PATH = "Type the path of a {what} first."
DASHBOARD_WHAT_FOLDER = "folder"
DASHBOARD_WHAT_ZIP = "zip archive"
DASHBOARD_NO_FOLDER = "There is no folder at {path}."
DASHBOARD_NO_FILE = "There is no file at {path}."
DASHBOARD_IMPORTING = "Reading {source} …"
DASHBOARD_IMPORTED = "Read {source}."
DASHBOARD_UPLOADED = "Read {count} uploaded files."
DASHBOARD_UPLOADING_MANY = "{count} uploaded files"
DASHBOARD_IMPORT_FAILED = "The import stopped ({reason}); the files read before it are kept."
DASHBOARD_FORGOTTEN = "Every imported file is forgotten. Import again to fill the dashboard."
DASHBOARD_CLASS_CODE_SET = "From the next import on, only files for class {code} are read."
DASHBOARD_CLASS_CODE_CLEARED = "From the next import on, files for any class are read."
DASHBOARD_SUMMARY_HEADING = "What was imported"
DASHBOARD_SENDERS_CAPTION = "Files in the class folder, by the user who saved each one"
DASHBOARD_SENDERS_COLUMNS = ("Saved by", "File", "What happened")
DASHBOARD_SENDER_READ = "read"
DASHBOARD_SENDER_REFUSED = "refused: {reason}"

# The dashboard notebook: the class, the exports, the run sheets.
DASHBOARD_BOARD_HEADING = "The class"
DASHBOARD_EMPTY = ("No share files yet, so there is nothing to show. Learners make a share file with the class code "
                   "you give them; collect the files in a folder or a zip archive and import them above, or upload "
                   "them. On a hub with a class folder, learners save straight into it and the folder is read here.")
DASHBOARD_EXPORTS_HEADING = "Exports"
DASHBOARD_EXPORTS_EMPTY = "The exports appear here once share files are imported."
DASHBOARD_CSV_LINK = "Download the numbers as CSV, for a spreadsheet"
DASHBOARD_REPORT_LINK = "Download the dashboard as one HTML page (large type, no scripts)"
DASHBOARD_EXPORTS_NOTE = ("Both are made in this notebook's memory from the files imported above; nothing is written "
                          "to disk. Open the HTML page from your own computer, not from a hub.")
DASHBOARD_RUNSHEET_LABEL = "Run sheet"
DASHBOARD_RUNSHEET_OPTIONS = (("60 minutes", 60), ("90 minutes", 90))
DASHBOARD_RUNSHEET_PRINT = "Download this run sheet as a printable HTML page"
DASHBOARD_RUNSHEET_FAILED = "The run sheets could not be read: {reason}"

# Notebook 09's share panel on a hub with a class folder (cohort/share_view.py).
CLASS_FOLDER_SAVE_BUTTON = "Save the previewed file into the class folder"
CLASS_FOLDER_SAVE_HOW = ("This hub has a class folder: instead of downloading the file, you can save it there, where "
                         "only your facilitator can read it. Preview the file first; saving again replaces your earlier one.")
CLASS_FOLDER_SAVE_PREVIEW_FIRST = "Preview your share file first: only a file you have seen is saved."

# --- notebook 07: the audit form, its live views and the criteria tables ---
# The audit form (widgets/credential.py). Each label contains the element's name in data/eu_standard_elements.csv.
CF_LABELS: dict[str, str] = {
    "learner": "Identification of the learner",
    "title": "Title",
    "country": "Country or region of the issuer",
    "awarding_body": "Awarding body",
    "date_issued": "Date of issuing",
    "learning_outcomes": "Learning outcomes, one a line",
    "ects": "Notional workload in ECTS",
    "hours": "Notional workload in hours",
    "level": "Level (EQF), if applicable",
    "assessment": "Type of assessment",
    "participation": "Form of participation",
    "quality_assurance": "Type of quality assurance",
    "prerequisites": "Prerequisites",
    "supervision": "Supervision and identity verification",
    "grade": "Grade achieved",
    "stackability": "Integration and stackability",
    "further_information": "Further information",
}
CF_PLACEHOLDERS: dict[str, str] = {
    "learner": "a name, such as Mira Jansen",
    "title": "such as Applied Data Ethics for Public Services",
    "country": "such as IE, or the country's or region's name",
    "awarding_body": "the organisation that awards it",
    "date_issued": "such as 2023-06-15",
    "learning_outcomes": "One outcome a line, each starting with what the learner can do, such as: "
                         "Evaluate the bias risks of a data set",
    "ects": "such as 5",
    "hours": "such as 130",
    "assessment": "such as a project report and an oral defence",
    "participation": "online, on site, or a mix of both",
    "quality_assurance": "such as the institution's own quality assurance, reviewed externally",
    "prerequisites": "such as a first degree",
    "supervision_other": "only if none of the three options fits",
    "grade": "such as Pass",
    "stackability": "stand-alone, or integrated and stackable towards another credential (which one?)",
    "further_information": "anything else a reader should know",
}
CF_SUPERVISION_OTHER = "… or in other words"
CF_NOT_STATED = "not stated"
CF_LEVEL_NOT_APPLICABLE = "not applicable"
CF_LEVEL_TOOLTIP = "EQF level {level}"
CF_LEVEL_NOT_APPLICABLE_TOOLTIP = "no EQF level applies (Annex I asks for a level only where one applies)"
CF_HELP = ("Tab moves from field to field and Space presses a button. The form is saved a moment after you stop "
           "typing, and the audit below follows every change.")
CF_EXAMPLE_BUTTON = "Start from the example: {label}"
CF_EMPTY_BUTTON = "Empty the form"
CF_UNDO_BUTTON = "Bring back what was there before"
CF_FILLED = "The form now holds the example '{label}' (its people and issuers are fictional): change anything you like."
CF_EMPTIED = "The form is empty."
CF_UNDO_OFFER = "'Bring back what was there before' undoes this."
CF_UNDONE = "Your earlier form is back."
CF_MANDATORY_HEADING = "The eleven mandatory elements (Annex I)"
CF_OPTIONAL_HEADING = "Optional elements (Annex I lists them where relevant)"
# Why the form is not saved yet; each follows "Not saved yet: " (strings.NOT_SAVED_INPUT).
CF_NOT_A_NUMBER = "'{text}' is not a number: write the number alone, such as 5 or 7.5"
CF_AMBIGUOUS_COMMA = "'{text}' can be read two ways: write {whole} for a whole number, or use a point for decimals"
CF_NUMBER_TOO_BIG = "'{text}' is more than the {limit} the form keeps"
CF_TOO_LONG = "{field} has {n:,} characters, more than the {limit:,} the form keeps: shorten it"
CF_TOO_MANY_OUTCOMES = "there are {n:,} learning outcomes, more than the {limit} the form keeps"
CF_OUTCOME_TOO_LONG = "one learning outcome is longer than {limit:,} characters: shorten it"
CF_OTHER_PROBLEM = "the form cannot be saved as it is: {problem}"

# The views that follow the form (credential_views.py).
CV_FINDINGS_GROUPS = ("The form and the eleven mandatory elements", "The optional elements")
CV_EMPTY_FORM = ("The form is empty, so every element is missing below. Fill it in, or start from an example: "
                 "this list follows every change.")
CV_OUTCOME_RULE = ("The check of outcome verbs is the companion authors' rule of thumb, not part of the "
                   "Recommendation; links marked as our reading are interpretations too.")
CV_SIZES_CAPTION = "Your credential's size beside definitions that set one (Annex I itself sets no size)"
CV_SIZES_COLUMNS = ("Definition", "What it says about size", "Verdict", "Your credential")
CV_DOWNLOADS_NOTE = ("Neither file is a credential. The JSON is an unsigned Open Badges 3.0 template: only the "
                     "awarding body can issue it, by checking it and signing it. The page is a summary to print "
                     "or share for discussion.")
CV_DOWNLOAD_LINE = "{what}: {link} ({size})"
CV_JSON_WHAT = "Open Badges 3.0 template (JSON)"
CV_SUMMARY_WHAT = "Printable one-page summary (HTML)"
CV_NOTHING_TO_EXPORT = "The two files appear here once the form above holds something."
CV_CANNOT_EXPORT = "The files are made once the form can be saved: {problem}."
CV_SHOW_JSON = "Show the JSON"
CV_JSON_SHORTENED = "… (the preview stops here; the file holds all {n:,} characters)"
CV_FILE_STEM = "micro-credential"
CV_FAILED = "This view could not be updated ({error}). Your form is not affected."

# The tables of notebook 07 (criteria_tables.py).
CT_DEFINITION_CAPTION = ("The EU definition of a micro-credential, in our words (Council Recommendation of "
                         "16 June 2022, after the course ran)")
CT_DEFINITION_COLUMNS = ("Part", "What it says")
CT_ELEMENTS_CAPTION = ("Annex I: the standard elements in the Annex's order (names as the Recommendation gives "
                       "them; what each records in our words)")
CT_ELEMENTS_COLUMNS = ("Place in its list", "Element", "Mandatory or optional", "What it records")
CT_ELEMENT_OPTIONS = "The Annex names these options: {options}."
CT_ELEMENT_STATUS = {"mandatory": "mandatory", "optional": "optional, where relevant"}
CT_PRINCIPLES_CAPTION = ("Annex II: ten principles for designing and issuing micro-credentials (names as the "
                         "Recommendation gives them; descriptions in our words)")
CT_PRINCIPLES_COLUMNS = ("Principle", "What it asks, in our words")
CT_PRINCIPLE_STATUS = "Name: {name}; description: {description}"
CT_MAPPING_CAPTION = ("Where the export puts each EU standard element in Open Badges 3.0 (the companion authors' "
                      "mapping)")
CT_MAPPING_COLUMNS = ("Element", "Open Badges 3.0 field", "Note")
CT_BLOCKS_CAPTION = "The blocks on the road, as our sources describe them"
CT_BLOCKS_COLUMNS = ("Block", "What stands in the way")
CT_SHARES_CAPTION = "Survey figures on the blocks: who answered, and the caveat of each"
CT_SHARES_COLUMNS = ("Survey", "Year", "Who answered", "Share of respondents who …", "Blocks", "Caveat")
CT_YEAR_UNKNOWN = "not known"
# --- notebooks 03 and 04: one row at a time, the links widget, their tables and live views ---
# A grid answered one row at a time (widgets/composite.py, Grid(one_row_at_a_time=True)).
GRID_CHOOSE_ROW = "Answer one at a time: choose one here, or move on with the button after the last answer."
GRID_ROW_HEADING = "{n} of {total}: {row}"
GRID_ROW_SHOWN = "{row} (shown below)"
GRID_NEXT_ROW = "Next: {row} →"
GRID_FIRST_ROW = "Back to the first: {row}"
GRID_PROGRESS = ("{row}: {done} of {columns} answered. In all: {total_done} of {total}. Leave out whatever you "
                 "cannot judge.")
GRID_TOOLTIP = "{row}, {column}: {option}"

# The links of 04 (widgets/links.py): a row of drivers and a row of relations per critique.
LINKS_HELP = ("For each critique, choose the driver it concerns most, or 'none of the drivers'; then say how it "
              "relates to that driver:")
LINKS_DRIVER_ROW = "Driver:"
LINKS_RELATION_ROW = "How:"
LINKS_DRIVER_TOOLTIP = "{critique}: {driver}"

# Tables of 03 (stakeholder_views.py).
STAKEHOLDERS_CAPTION = "Five groups, and what each tends to need from a credential"
STAKEHOLDERS_COLUMNS = ("Group", "What they do with credentials", "What they tend to need")
CONTEXT_CAPTION = "One more fact about each group"
CONTEXT_COLUMNS = ("Group", "What is known")
EXAMPLES_CAPTION = "Eight illustrative credentials: made up by the companion's authors, none is a real award"
EXAMPLES_COLUMNS = ("Example", "What it is", "Size", "Issued by", "MICROBOL category (our reading)")
DEFINITIONS_CAPTION = "Definitions of 'micro-credential', in our words, with when each appeared"
DEFINITIONS_COLUMNS = ("Definition", "Part", "What it says", "Published")
PUBLISHED = "{date}, {timing}"
FIT_CAPTION = "Our reading: each example against the parts of the {definition} definition ({timing})"
FIT_EXAMPLE = "Example"
FIT_PART = "{n}. {label}"
FIT_OVERALL = "Overall"
SURVEYS_CAPTION = "Who ran the surveys behind the 'understanding' figures, and who answered"
SURVEYS_COLUMNS = ("Survey", "Run by", "When", "Who answered", "Keep in mind")
VIEWPOINT_NOTE = "What this group tends to need (sources in the table above): {needs}"

# The live views of 03 (stakeholder_views.py).
CONTRASTS_HEADING = "Where your viewpoints part"
PAIRS_INTRO = "The next pairs that differ most:"
PAIR_LINE = "- {a} and {b}: different answers on {count} of the {shared} examples judged from both ({examples})"
REVEAL_JUDGED_NOTE = ("You have judged {done} of {total} cells of the grid. Judge first, then open the definitions "
                      "and compare: a partial grid is enough.")
REVEAL_DEFINITIONS_BUTTON = "Show the definitions and our reading of the examples"
COMPARISON_HEADING = "Your grid beside our reading of the EU definition (June 2022, after the course)"
HEATMAP_PLACEHOLDER = ("Your heat map appears here as soon as you judge an example from any group's viewpoint. "
                       "Until then there is nothing to draw.")
COMPARISON_NOTE = ("Our reading of the examples is an interpretation, and the definition is no answer key: each "
                   "group may reasonably draw the line somewhere else.")

# Tables and live views of 04 (critique_views.py).
DRIVERS_CAPTION = "Five drivers of micro-credentials' growth: the statement is ours, the claim and its source theirs"
DRIVERS_COLUMNS = ("Driver", "What it says (our words)", "Who names it, and when")
CRITIQUES_CAPTION = "Eight critiques of micro-credentials: the statement is ours, the claim and its source theirs"
CRITIQUES_COLUMNS = ("Critique", "What it says (our words)", "What it is about", "Who, and when",
                     "What they argue for, or weigh (our reading)")
WHO_WHEN = "{authors} ({year}, {timing})"
CRITIQUE_STATUS = "{main}; the last column is an interpretation (our reading)"
STEELMAN_HEADING = "The critique to steelman"
LINKS_PLACEHOLDER = ("The figure appears here as soon as you link a critique to a driver or rate the evidence behind "
                     "one. Until then there is nothing to draw.")
# --- notebooks 08 and 09: the canvas, the question wall, the review, the portfolio and share panels ---
# (context_views.py, closing_views.py, share_views.py, live_text.py)

# 08: earlier answers beside each part of the step
C8_RECALL_WHY_THERE = "Why you placed it there (01)"
C8_RECALL_WINNERS = "Who you thought would gain, and who would lose (01)"
C8_RECALL_MUST_CHANGE = "What you thought would have to change (01)"
C8_RECALL_MOVE_BLOCK = "The block you thought you could move yourself (07)"
C8_CANVAS_HEADING = "From your earlier answers"
C8_CHART_PLACEHOLDER = ("The chart of your ratings appears here as soon as you rate a principle above, with a text "
                        "description of every rating below it.")
C8_CANVAS_ASKED_IN = "Not answered yet; it is asked in"
C8_CANVAS_LATER = "Not answered yet; the notebook of step {step} is still to come."
C8_CANVAS_SHORTENED = "(Shortened here: the whole answer is in your journal and your portfolio.)"
C8_CANVAS_FAILED = "Your earlier answers could not be read: {reason}"
C8_PRINCIPLES_CAPTION = ("The ten principles of Annex II (June 2022, after the course), each turned into two "
                         "questions about your own setting")
C8_PRINCIPLES_COLUMNS = ("Principle", "What it asks (our paraphrase)", "About your own learning",
                         "About an organisation you know")
C8_PRINCIPLES_STATUS = ("name verified; description partly verified (paraphrased); the two questions are our "
                        "interpretation")
C8_NOTE_HEADING = "What your ratings suggest"
C8_SUGGEST = ("Your lowest ratings point to {names} as perhaps the hardest. That is only a suggestion: tick what you "
              "judge hardest, whatever the numbers say.")
C8_SUGGEST_NONE = "Once you have rated some principles, the lowest-rated will be named here as a suggestion."
C8_PICKED_HIGHER = ("You picked {names}, which you did not rate lowest: say in your answer below what makes {it} "
                    "hard all the same.")
C8_PLAN_HEADING = "Your plan so far"

# 09: the hopes note, the portfolio
C9_HOPES_HEADING = "What you hoped for at the start (00)"
C9_HOPES_NONE = "You did not write a hopes note in"
C9_HOPES_SAVED = "Saved on {time}."
C9_HOPES_FAILED = "Your hopes note could not be read: {reason}"
C9_REVIEW_FAILED = "Your journal could not be reviewed: {reason}"
C9_PORTFOLIO_BUTTON = "Make my portfolio"
C9_PORTFOLIO_HELP = ("Press the button to make your portfolio from your journal as it is now; then download it with "
                     "one of the links that appear.")
C9_PORTFOLIO_MADE = "Made at {time}, with {answered} of {total} prompts answered."
C9_PORTFOLIO_STALE = "You have saved answers since it was made: press the button again to include them."
C9_PORTFOLIO_FAILED = "The portfolio could not be made: {reason}"

# 09: share with my class
SP_HEADING = "Share with my class"
SP_INTRO = ("Your facilitator may ask for some of your answers so that the class can look at them together. Nothing "
            "is sent from here: you download a small file and hand it in as your facilitator asks. By default it "
            "holds only answers without free text (placements, ratings, rankings, choices, your grid of "
            "judgements and your links between critiques and drivers); tick a step below to add what you wrote "
            "there. It never holds your name, user name, computer name or any folder. It "
            "carries a random id that stays the same for one class code, so a new file replaces your earlier one.")
SP_CODE_LABEL = "Class code"
SP_CODE_PLACEHOLDER = "as your facilitator gave it, e.g. SEM-A"
SP_TICKS_HEADING = "Also include my written answers from:"
SP_TICK = "{label} ({count} written)"
SP_PREVIEW_BUTTON = "Preview my share file"
SP_PREVIEW_HELP = "Press Preview to see exactly what the file holds; the download link appears under the preview."
SP_NEED_CODE = "Type the class code your facilitator gave you first."
SP_DOWNLOAD = "Download this file"
SP_CHANGED = ("You changed the class code or the ticks since the preview: press Preview again, and check the new "
              "file before you download it.")
SP_ANSWERS_CHANGED = ("Your answers changed since the preview: press Preview again, and check the new file before "
                      "you download it.")
SP_SHOWN_PICKS = "{labels}"

# --- cohort: the class's judgements (03) and links (04) on the dashboard (cohort/aggregate.py, plots/class_grid.py) ---
CJ_TITLE = "Stakeholder judgements: the share of the class answering \"yes\""
CJ_NOTE = ("Each cell: the share of those who judged it saying yes, and n; \"hidden\": fewer than {k} learners, "
           "or it would reveal such a count")
CJ_YES = "yes"
CJ_BAND_MOST = "most say yes (two thirds or more)"
CJ_BAND_SOME = "some say yes (a third to two thirds)"
CJ_BAND_FEW = "few say yes (under a third)"
CJ_BAND_HIDDEN = "hidden: a small count, or one that would reveal it"
CJ_INTRO = ("A grid of {examples} examples (rows) by {groups} stakeholder groups (columns). Each cell gives the share "
            "of the learners who judged it that answered \"yes\" for that group, and how many judged it (n); a "
            "cell is hidden when fewer than {k} judged it or when its count of \"yes\" could be worked out to be "
            "small. Colour repeats the share: blue where two thirds or more say yes, sky blue from a third to two "
            "thirds, yellow under a third; hidden cells are white, hatched and say \"hidden\". Example by example:")
CJ_PART = "{group} {share} yes of {n}"
CJ_PART_HIDDEN = "{group} hidden"
CJ_MARKED = "Framed and marked ◆, where the groups differ most: {examples}."
CJ_NONE_MARKED = "No example has enough published cells to say where the groups differ most."
CJ_TABLE_TITLE = "{step} Stakeholder judgements, cell by cell"
CJ_TABLE_DESCRIPTION = ("Each row is one group judging one example: how many answered yes, unsure and no, and how "
                        "many judged it (n). \"hidden\" marks a count from fewer than {k} learners, or one that "
                        "would let such a count be worked out.")
CJ_COLUMN_GROUP = "Group"
CJ_COLUMN_EXAMPLE = "Example"
CJ_DIFFER_TITLE = "{step} Where the groups differ most"
CJ_DIFFER_DESCRIPTION = ("For each example, the gap between the group the class most often judged would say yes "
                         "and the group it least often did (published cells only), largest first.")
CJ_COLUMN_GAP = "Gap"
CJ_COLUMN_HIGHEST = "Most often yes"
CJ_COLUMN_LOWEST = "Least often yes"
CJ_DIFFER_NONE = "Too few cells are published to compare the groups."
CL_TITLE = "{step} Critiques and the drivers the class linked them to"
CL_DESCRIPTION = ("Each row is a critique; each column a driver of growth. A cell counts the learners who linked "
                  "the critique to that driver, by relation: it answers the driver or pushes against it. \"no "
                  "driver\" counts those who said the critique links to none; n is how many linked the critique at "
                  "all. \"hidden\" marks a count from fewer than {k} learners, or one that would let such a count be "
                  "worked out; a dash, nobody.")
CL_COLUMN_CRITIQUE = "Critique"
CL_NO_DRIVER = "no driver"
CL_NO_RELATION = "no relation given"
CL_PART = "{relation} {count}"
CL_NOBODY = "–"
CL_ROW_HIDDEN = "{critique}: fewer than {k} learners linked it, so nothing is shown."
CL_ROW_ALL_HIDDEN = "{critique} (n={n}): every count is hidden, since the links are spread too thinly."
CL_ROW = "{critique} (n={n}): {parts}."
CL_CELL = "{driver}: {parts}"
SHARE_SHOWN_GRID_ROW = "{row}: {cells}"
SHARE_SHOWN_LINK = "{critique} → {driver} ({relation})"
