"""English building blocks of the demo scenarios, in the shape of scenarios/demo_blocks.py and
keyed like it (audiences by their Polish slug, levels by P/S/Z), so demo_build.compose can put
an English scenario together. Written for this site; durations and group sizes stay in the
Polish blocks (they are synchronised from the Polish scenario)."""

FRSI = "Information Society Development Foundation (FRSI)"
FIRR = "Regional Development Institute Foundation (FIRR)"
AKTYWIZACJA = "Aktywizacja Foundation"
PZG = "Polish Association of the Deaf, Łódź Branch (PZG OŁ)"

AUDIENCES = {
    "dorosli-poczatkujacy": {
        "slug": "adults-new-to-the-internet", "name": "Adults new to the internet",
        "keywords": "adults, beginners, first steps online",
        "suffix": "",
        "summary": "Written for adults who are only starting to deal with everyday matters online.",
        "intro": "The trainer goes through the plan of the session and makes it clear that every question is "
                 "welcome.",
        "tips": ("Use plain words and explain each new term, such as “browser” or “link”.",
                 "Let participants do the clicking; help with words rather than taking over the mouse."),
        "equipment": (), "authors": (FRSI, FIRR),
    },
    "seniorzy": {
        "slug": "seniors", "name": "Seniors",
        "keywords": "older people, older adults, elderly, pensioners, retired",
        "suffix": " – a session for seniors",
        "summary": "The version for seniors: an unhurried pace, larger text on the screens and plenty of time "
                   "for exercises in pairs.",
        "intro": "The trainer makes the text on the screens larger and invites questions at any moment.",
        "tips": ("Before the session, enlarge the text in the browsers and choose a mouse pointer that is easy to see.",
                 "Hand out sheets with the main steps printed in large type for participants to take home."),
        "equipment": ("instructions printed in large type",), "authors": (FIRR, FRSI),
    },
    "osoby-z-niepelnosprawnosciami": {
        "slug": "people-with-disabilities", "name": "People with disabilities",
        "keywords": "disabled people, disability, accessibility",
        "suffix": " – a session for people with disabilities",
        "summary": "The version for people with various disabilities: an accessible room, a flexible pace and "
                   "accessibility settings ready on the computers and phones.",
        "intro": "The trainer asks each participant which accessibility aids they need and sets up the "
                 "equipment with them.",
        "tips": ("Ask participants about their needs before the session instead of guessing.",
                 "Plan longer breaks and let everyone work at their own pace."),
        "equipment": ("a step-free room with tables that wheelchair users can reach",
                      "a keyboard with large keys and a trackball for people with limited hand movement"),
        "authors": (AKTYWIZACJA,),
    },
    "osoby-gluche": {
        "slug": "deaf-people", "name": "Deaf people (Polish Sign Language)",
        "keywords": "Deaf, hard of hearing, sign language, PJM, interpreter",
        "suffix": " – a session with a Polish Sign Language interpreter",
        "summary": "The version for Deaf participants: the session is interpreted into Polish Sign Language "
                   "(PJM), with visual materials and subtitled videos.",
        "intro": "The PJM interpreter introduces themselves to the group, and the trainer agrees with the "
                 "participants how they will signal a question.",
        "tips": ("Speak to the participants, not to the interpreter, and pause whenever you show something on "
                 "the screen.",
                 "Write the key words and website addresses on the board."),
        "equipment": ("a well-lit place for the PJM interpreter that everyone can see", "a whiteboard or flipchart"),
        "authors": (PZG,),
    },
    "osoby-niewidome-i-slabowidzace": {
        "slug": "blind-and-low-vision-people", "name": "Blind and low-vision people",
        "keywords": "blind, visually impaired, partially sighted, low vision, screen reader",
        "suffix": " – a session for blind and low-vision participants",
        "summary": "The version for blind and low-vision participants: working with a screen reader and "
                   "magnification, with keyboard shortcuts instead of the mouse.",
        "intro": "The trainer checks the screen reader or magnifier settings with each participant.",
        "tips": ("Put into words everything you show, and give the keyboard shortcuts.",
                 "Prepare the materials in electronic form and in large print."),
        "equipment": ("computers with a screen reader (for example NVDA) and headphones",
                      "screen magnification software"),
        "authors": (AKTYWIZACJA,),
    },
}

LEVELS = {
    "P": {
        "slug": "beginner", "name": "Beginner", "prerequisites": "",
        "objective": "The participant does the exercise with the trainer's help and knows where to find help "
                     "after the session.",
        "tip": "Allow time for switching on the computers and logging in: at this level it always takes longer "
               "than you expect.",
    },
    "S": {
        "slug": "intermediate", "name": "Intermediate",
        "prerequisites": "Participants can switch on a computer or smartphone, use a web browser and have an "
                         "email address of their own.",
        "objective": "The participant does the exercise unaided and can repeat it at home.",
        "tip": "Ask those who finish early to help their neighbours: explaining a step to someone else is the "
               "best way to remember it.",
    },
    "Z": {
        "slug": "advanced", "name": "Advanced",
        "prerequisites": "Participants are at ease with a browser, email and a phone; ideally they have already "
                         "taken an intermediate session in this area.",
        "objective": "The participant can explain the task to others and deal with the usual problems.",
        "tip": "Leave time for questions from participants' own lives: at this level they bring real matters "
               "that are worth solving with the group.",
    },
}

STATIONARY_EQUIPMENT = ("a computer or laptop with internet access for each participant or each pair",
                        "a projector and screen")
ONLINE_EQUIPMENT = ("a computer, tablet or smartphone with internet access", "headphones or speakers")
ONLINE_PREREQUISITES = "Participants can open a web page in a browser and have an email address of their own."
ONLINE_SUMMARY = "A self-paced online course with videos and exercises."

STEPS = {
    "intro": "Welcome and warm-up conversation",
    "show": "The trainer's demonstration",
    "exercise": "Exercise: {exercise}",
    "exercise_text": "Participants do the exercise in pairs or on their own; the trainer visits every workstation.",
    "break": "Break",
    "break_text": "Time for tea, and for questions that someone would rather ask in private.",
    "safety": "Staying safe",
    "solo": "Task on your own",
    "solo_text": "Each participant goes through the whole task once more, this time without hints, using an "
                 "example from their own life.",
    "summary": "Summary and questions",
    "summary_text": "Everyone says what they have learnt and what they will do at home; the trainer hands out "
                    "written steps to take away.",
}
ONLINE_STEPS = (
    ("Introduction", "A short video: what you will learn in this course and what you will need."),
    ("Instructional video", None),  # the topic's demonstration
    ("Exercise: {exercise}", "Do the exercise on your own device; if you get stuck, go back to the video."),
    ("Check yourself", "A short quiz of five questions that shows the answer as soon as you choose one."),
    ("Summary", "A list of the main steps to download and ideas for what to practise next."),
)
HOMEWORK = ("Homework",
            "Repeat the exercise “{exercise}” at home with an example from your own life and note down questions "
            "for the next meeting.")

ADAPTATION_DEAF = (
    "Arrange a PJM interpreter or subtitles for the videos. When you show something on the screen, give "
    "participants a moment to look from the interpreter to the screen."
)
ADAPTATION_DEAF_EXERCISE = "Write the instructions for the exercise “{exercise}” on the board or hand them out on paper."
ADAPTATION_DEAF_FULL = (
    "The session is run by the trainer together with a PJM interpreter, or by a Deaf trainer. Participants sit "
    "in a semicircle so that they can see one another, the interpreter and the screen. Every video shown in the "
    "session has subtitles."
)
ADAPTATION_BLIND = (
    "Describe in words what is happening on the screen, and give keyboard shortcuts instead of saying “click "
    "here”. Prepare the instructions for the exercise “{exercise}” as a text file that a screen reader can read, "
    "and in large print. Help low-vision participants set up magnification and contrast."
)
ADAPTATION_BLIND_FULL = (
    "Every participant works on a computer with a screen reader or magnification software, ideally on the "
    "equipment they use every day. Plan one assistant for every two or three people, and check before the "
    "session that the websites used in the exercises work with a screen reader."
)
ONLINE_DEAF = "The course videos have subtitles, and every video also comes in a version interpreted into PJM."
ONLINE_DEAF_SHORT = "The course videos have subtitles, and the main steps are also written out below each video."
ONLINE_BLIND = ("The course works with a screen reader: the videos come with a description of what happens on "
                "the screen, and every exercise can be done with the keyboard.")
