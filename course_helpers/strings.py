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




# --- what a saved answer may hold (kinds.py) ---
VALUE_TOO_DEEP = "it nests lists or objects more than {limit} levels deep"
VALUE_NOT_TEXT = "it should be text, not {value}"
VALUE_NOT_RATING = "it should be a whole number from {low} to {high}, not {value}"
VALUE_NOT_OPTION = "it should be one of {options}, not {value}"
VALUE_NOT_PLACEMENT = "it should be a point with an x and a y, not {value}"
VALUE_BAD_COORDINATE = "its {axis} should be a whole number from {low} to {high}, not {value}"

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
