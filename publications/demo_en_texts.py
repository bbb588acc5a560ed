"""English texts of the demo publications, in the same shape as publications/demo_texts.py.

Only what the English site shows: the list page, the report „Partnerstwa dają moc!” with its
English summary PDF, the handbook's book page and its first two chapters. Each Polish source
string is paired with its English text in publications/demo_en.py.
"""

INDEX = {
    "Publikacje": "Publications",
    "publikacje": "publications",
    "Raporty, poradniki i katalogi projektu e-Mocni: do czytania w przeglądarce i do pobrania.":
        "Reports, handbooks and catalogues of the e-Mocni project, to read in the browser or download. "
        "Most of them are in Polish; the ones below have an English page.",
}

PARTNERSHIPS_TITLE = "Partnerships give strength!"
PARTNERSHIPS_SLUG = "partnerships-give-strength"
PARTNERSHIPS_SUBTITLE = (
    "Building and running municipal partnerships for digital education: conclusions and "
    "recommendations from the project “e-Mocni: digital skills, real benefits”"
)
PARTNERSHIPS_LEAD = (
    "What we learnt from building municipal partnerships for digital education in e-Mocni: the "
    "partnership model, the support we gave and what worked. The report was published in Polish "
    "as „Partnerstwa dają moc!”; a short summary in English is available to download."
)
# Parallel to demo_texts.PARTNERSHIPS_BODY: (heading, paragraph).
PARTNERSHIPS_BODY = [
    ("The partnership model", "In each of the 125 municipalities one partnership of institutions and "
     "organisations was formed, led by a local leader. It was supported by an animator, a handbook "
     "and a series of webinars."),
    ("Conclusions", "The partnerships that worked best shared their tasks among several institutions "
     "and planned from the very start what would happen after the project ended."),
]
PARTNERSHIPS_FILE_LABEL = "Summary of the report in English"
SUMMARY_PDF_TITLE = "Partnerships give strength! Summary in English"
SUMMARY_PDF_FILENAME = "partnerships-give-strength-summary.pdf"
SUMMARY_PDF_PAGES = [
    [
        ("h", "Partnerships give strength!"),
        ("p", "Summary in English of the report „Partnerstwa dają moc!”, published in Polish by FRSI within "
              "the project “e-Mocni: digital skills, real benefits” (2016–2019)."),
        ("h", "What the report is about"),
        ("p", "The report collects conclusions and recommendations from building and running municipal "
              "partnerships for digital education: the partnership model, the support given to the "
              "partnerships and what we learnt."),
    ]
    + [item for heading, text in PARTNERSHIPS_BODY for item in (("h", heading), ("p", text))]
    + [
        ("h", "Where to read more"),
        ("p", "The full report and the handbook „Mocni w partnerstwie” are available in Polish on the "
              "e-Mocni website."),
    ],
]

HANDBOOK_TITLE = "Strong in partnership"
HANDBOOK_SLUG = "strong-in-partnership"
HANDBOOK_SUBTITLE = "or how to build a municipal partnership for digital education"
HANDBOOK_LEAD = (
    "A practical handbook for municipalities that want to teach adults to use the internet together "
    "with local institutions: from assessing needs to keeping the partnership going after the project. "
    "Published in Polish as „Mocni w partnerstwie”."
)
HANDBOOK_BODY = (
    "The handbook was written for the municipalities taking part in e-Mocni; each of them received four "
    "printed copies. The chapters below are translated into English and can be read one by one; the "
    "whole handbook and its PDF are in Polish."
)
HANDBOOK_FILE_LABEL = "The full handbook „Mocni w partnerstwie”"  # the link adds the language: Polish

# Polish chapter slug -> (English slug, title, lead, [(heading, [paragraphs])]), in the same
# shape as demo_texts.CHAPTERS.
CHAPTERS = {
    "diagnoza": (
        "diagnosis", "Diagnosis: where to start in your municipality",
        "Before you invite partners, find out who in the municipality needs support and what is already there.",
        [("Why make a diagnosis", [
            "A good diagnosis saves time. It shows which residents do not use the internet yet, where they "
            "live and what could encourage them to learn.",
            "In the e-Mocni project, partnership animators helped municipalities prepare an analysis of the "
            "local situation and a profile of the municipality. These documents became the starting point "
            "for all further work."]),
         ("What data to collect", [
            "It helps to know the number of residents in each village, how people reach the internet, where "
            "classes can be held, and to talk to people who know the needs of older residents and of people "
            "with disabilities.",
            "You do not need a large survey. A few conversations with village heads, librarians and social "
            "welfare staff are enough."])],
    ),
    "partnerzy": (
        "partners", "Partners: whom to invite",
        "A partnership draws its strength from variety: each institution brings different people, places "
        "and experience.",
        [("A map of resources and partners", [
            "Draw a map: who in the municipality already teaches adults, who has a room with computers, who "
            "knows the residents that are hard to reach. Write down current and potential partners.",
            "In the e-Mocni municipalities the partnerships brought together schools, libraries, cultural "
            "centres, community rooms, volunteer fire brigades, associations, foundations and rural women's "
            "circles."]),
         ("How to talk to partners", [
            "Start with what the partner gains: new people at its activities, better use of its equipment, "
            "joint work with other institutions. Agree on a specific, small first step."])],
    ),
}
