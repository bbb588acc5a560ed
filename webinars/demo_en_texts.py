"""English texts of the demo webinars, in the same shape as webinars/demo_content.py and
webinars/demo_episodes.py: the series page, the speakers of episodes 1 and 2, and those two
episodes. Names stay as they are; everything said is translated."""

SERIES = {
    "title": "Webinars “Strong in partnership”",
    "slug": "webinars",
    "lead": "Eight recorded sessions for municipalities building a local partnership for digital education.",
    # One per paragraph of the Polish introduction.
    "intro": [
        "The series was made in 2018–2019 to support municipal partnerships in the e-Mocni project, "
        "alongside the animators' visits and the handbook „Mocni w partnerstwie” (Strong in partnership). "
        "Each session covers one step: from assessing the municipality to keeping the cooperation going "
        "after the project ends.",
        "The recordings are in Polish, with Polish captions, and each has a full transcript. The session "
        "on training Deaf people is also interpreted into Polish Sign Language (PJM). The episodes below "
        "have their transcripts translated into English.",
        "You can watch the webinars on your own or together with your partners, for example at the start "
        "of a partnership meeting. At the bottom of the page there is a list of all links to copy or print.",
    ],
}

# Speaker key -> (role, organisation) in English; names stay as they are.
SPEAKERS = {
    "anna": ("local partnership animator", "Information Society Development Foundation (FRSI)"),
    "marek": ("local development expert", "Regional Development Institute Foundation (FIRR)"),
}

# Material key -> English label (the files themselves are in Polish).
MATERIALS = {
    "diagnoza": "Municipal diagnosis sheet: a template to fill in (in Polish)",
    "mapa": "Map of resources and partners: a worksheet (in Polish)",
}

# Episode number -> English texts; transcript lines in the same order as the Polish ones.
EPISODES = {
    1: {
        "slug": "a-partnership-starts-with-a-diagnosis",
        "title": "A partnership starts with a diagnosis",
        "summary": "Before you plan any training, find out who in your municipality does not use the "
        "internet and why. We show how to put together a simple profile of the municipality in a few "
        "weeks, from data you already have.",
        "learning": [
            "where to find data about residents without commissioning a survey",
            "how to talk to residents about their needs",
            "how to write the conclusions down in a one-page profile of the municipality",
        ],
        "transcript": [
            "Good morning and welcome to the first webinar of the series “Strong in partnership”. Today we "
            "start with the basics: what is worth knowing about the municipality before anyone sits down "
            "to plan training.",
            "I often hear the question whether a diagnosis means a big survey. It does not. In most "
            "municipalities the data is already sitting in drawers: at the social welfare centre, in the "
            "library, at the school, in the town hall. The point is to bring it together in one place.",
            "The second source is conversation. The village head, the librarian or the chair of the rural "
            "women's circle know who in the village has no internet or is afraid of using it. Write down "
            "their words exactly, because they will help later when you invite people to the training.",
            "The third step is the municipality's profile. One page: how many people live there, where the "
            "places with computers are, what people would like to do online. You then show this profile to "
            "your partners and to the mayor.",
            "Among the materials below the recording you will find a template of the diagnosis sheet. Fill "
            "it in together at the first partnership meeting: just talking it through sorts out a lot.",
            "At the end of the session participants asked about personal data protection. The answer: "
            "a diagnosis needs only aggregated data, without names.",
        ],
    },
    2: {
        "slug": "map-of-resources-and-partners",
        "title": "A map of resources and partners",
        "summary": "The library, the school, the cultural centre, the fire brigade, the rural women's circle: "
        "each of them has something the partnership needs. We show how to draw a map of resources and "
        "whom to invite.",
        "learning": [
            "how to list the municipality's resources: rooms, equipment, people and contacts",
            "whom to invite to the partnership besides the obvious institutions",
            "how to invite a partner so that they want to stay",
        ],
        "transcript": [
            "A map of resources is simply a table. Institutions and groups in the rows, and in the columns "
            "what they can offer: a room, computers, people, contacts with residents, or the trust they "
            "enjoy in their village.",
            "Start with the obvious places: the library, the school and the cultural centre. Then add those "
            "that are easy to forget: the volunteer fire brigade, the parish, the seniors' club, the local "
            "shop where everyone meets.",
            "Rural women's circles are often the best partner. They have a steady group, regular meetings "
            "and know how to encourage their neighbours to come. A village community room with a single "
            "computer is a resource too, if someone has the key.",
            "For each partner write down the next step: who will call, when, and with what proposal. A map "
            "without next steps soon ends up in a drawer.",
            "Finally, one piece of advice: when you invite someone, say what they will gain. A school can "
            "show its pupils what volunteering is, a library can win new readers, and a rural women's "
            "circle can offer interesting activities to its members.",
        ],
    },
}
