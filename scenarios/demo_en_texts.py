"""English demo material, written for this site: every thematic area, and the topics of the
scenarios that have an English version. Keyed by the Polish area slug and the Polish topic
title (scenarios/demo_texts_*.py); a topic has the same shape as there:
(title, level, what happens, (objective, objective), demonstration, exercise title, exercise task,
extra equipment). Only the areas with English scenarios need warmup, safety and tip."""

AREAS = {
    "edukacja": {
        "slug": "education", "name": "Education", "code": "EDU",
        "description": "Learning online: courses, dictionaries, digital libraries and the school matters of "
                       "children and grandchildren.",
        "warmup": "The trainer asks what participants would still like to learn and where they get their "
                  "knowledge from today.",
        "safety": "We discuss how to tell a reliable source from a random website and why it pays to check who "
                  "wrote a text.",
        "tip": "Show websites that participants will keep using after the session, such as the catalogue of "
               "their own local library.",
    },
    "sprawy-codzienne": {
        "slug": "everyday-matters", "name": "Everyday matters", "code": "SPR",
        "description": "Public offices, shopping, post, timetables and the weather: everyday matters dealt with "
                       "online.",
        "warmup": "The trainer asks what participants last had to sort out at an office or in a shop, and how "
                  "long it took them.",
        "safety": "We discuss how to recognise a fake shop or a website pretending to be a public office, and "
                  "why the web address matters.",
        "tip": "Prepare examples from your own municipality: the council's website, the local bus timetable, "
               "nearby shops.",
    },
    "finanse": {
        "slug": "finances", "name": "Finances", "code": "FIN",
        "description": "Online banking, payments, bills, benefits and protection against fraudsters.",
        "warmup": "The trainer asks how participants pay their bills today and what worries them about online "
                  "banking.",
        "safety": "We discuss the “bank employee” scam and fake text messages with a payment link; we repeat "
                  "that codes and passwords are never given to anyone.",
        "tip": "Practise on the demo accounts that banks provide: participants never type real passwords during "
               "the session.",
    },
    "relacje-z-bliskimi": {
        "slug": "family-and-friends", "name": "Family and friends", "code": "REL",
        "description": "Video calls, messages, photos and social media: keeping in touch with family and friends.",
        "warmup": "The trainer asks whom participants would like to talk to more often and what gets in the "
                  "way today.",
        "safety": "We discuss what is fine to post about yourself and your grandchildren, how to set the privacy "
                  "of a profile and how to spot a fake “friend”.",
        "tip": "Encourage participants to arrange a test call with someone close before the session: nothing "
               "motivates them more.",
    },
    "praca-i-rozwoj-zawodowy": {
        "slug": "work-and-career", "name": "Work and career", "code": "PRA",
        "description": "Job offers, CVs, job interviews over the internet and new skills for work.",
        "warmup": "The trainer asks what participants are looking for: a first job, a change of career or some "
                  "extra work.",
        "safety": "We discuss how to recognise a fake job offer whose real aim is to obtain personal data or "
                  "money.",
        "tip": "Ask participants to bring their current CV or a list of their experience: working on their own "
               "material keeps them motivated.",
    },
    "zdrowie": {
        "slug": "health", "name": "Health", "code": "ZDR",
        "description": "E-prescriptions, the Internet Patient Account, booking a doctor's appointment and "
                       "reliable information about health.",
        "warmup": "The trainer asks how participants make an appointment with a doctor today and what they find "
                  "hardest about it.",
        "safety": "We discuss why health advice should come from trusted services and how to protect data about "
                  "your health.",
        "tip": "Participants often ask about their own treatment: refer such questions to a doctor, and practise "
               "on made-up examples during the session.",
    },
    "odpoczynek-i-hobby": {
        "slug": "leisure-and-hobbies", "name": "Leisure and hobbies", "code": "ODP",
        "description": "Books, music, films, travel and hobbies: the internet as a source of enjoyment and "
                       "ideas.",
        "warmup": "The trainer asks about participants' favourite ways of spending free time; each of them "
                  "writes one hobby on a card.",
        "safety": "We discuss legal sources of films, music and books, and how to stay away from websites with "
                  "viruses and misleading adverts.",
        "tip": "An exercise works best on a subject that someone really cares about: gardening, fishing, "
               "regional cooking.",
    },
    "zaangazowanie-obywatelskie": {
        "slug": "civic-engagement", "name": "Civic engagement", "code": "OBY",
        "description": "Local council matters, public consultations, petitions, volunteering and local "
                       "initiatives online.",
    },
    "religia-i-potrzeby-duchowe": {
        "slug": "religion-and-spiritual-needs", "name": "Religion and spiritual needs", "code": "DUC",
        "description": "Broadcast services, religious texts, apps and keeping in touch with a faith community.",
    },
}

TOPICS = {
    "Wiarygodne źródła i fałszywe wiadomości": (
        "Reliable sources and fake news", "Z",
        "Participants check where a piece of information comes from, recognise manipulated headlines and look "
        "for confirmation in several sources.",
        ("The participant can check the author and the date of a text.",
         "The participant can confirm a piece of information in two independent sources."),
        "The trainer shows two articles on the same subject, one reliable and one manipulated, and looks for "
        "the differences together with the group.",
        "Information detective",
        "Check the news item prepared by the trainer: who wrote it, when, and whether other sources confirm it.",
        ""),
    "Poczta elektroniczna na co dzień": (
        "Email for everyday use", "P",
        "Participants set up a mailbox, send their first message with an attachment and learn to recognise "
        "suspicious emails.",
        ("The participant can write, send and receive an email.",
         "The participant can attach a photo or a document to a message."),
        "The trainer sets up a mailbox on the projector and sends a message to each participant.",
        "A letter with a photo",
        "Send the trainer a message with your good wishes and attach a photo from the computer's picture folder.",
        ""),
    "Oszustwa finansowe: jak się bronić": (
        "Financial scams: how to protect yourself", "P",
        "Participants learn the most common tricks used to take people's money online and over the phone, and "
        "what to do when something goes wrong.",
        ("The participant recognises a fake text message and a fake bank login page.",
         "The participant knows how to block a card and where to report a scam."),
        "The trainer shows genuine and fake messages from a bank and looks for the warning signs together with "
        "the group.",
        "Genuine or fake?",
        "Sort ten printed messages into two piles: from the bank and from a fraudster. Give a reason for each "
        "choice.",
        ""),
    "Konto w banku przez internet": (
        "Your bank account online", "P",
        "The course shows how to log in to your bank, check the balance and finish safely.",
        ("The participant can log in to a bank and check the balance.",
         "The participant knows why they should always log out."),
        "The video shows logging in to a demo account step by step.",
        "My balance",
        "Log in to a bank's demo account, check the balance and log out.",
        ""),
    "Rozmowy wideo z rodziną": (
        "Video calls with the family", "P",
        "Participants install a messaging app, add a contact and make their first video call.",
        ("The participant can answer and start a video call.",
         "The participant can switch the camera and the microphone on and off."),
        "The trainer calls someone in another room, with the call on the projector, and shows the buttons "
        "used during a call.",
        "Hello on the screen",
        "Call the person sitting in the next pair through the messaging app, introduce yourself, switch your "
        "camera off and on again, then end the call.",
        "a headset with a microphone"),
    "Rozmowy wideo krok po kroku": (
        "Video calls step by step", "P",
        "The course shows how to install a messaging app and make a video call to someone close to you.",
        ("The participant can install a messaging app and add a contact.",
         "The participant can start and end a video call."),
        "The video shows a grandmother's first call with her granddaughter, who lives abroad.",
        "The first phone call with a picture",
        "Agree on a time with someone close to you and call each other with your cameras on.",
        ""),
    "CV i list motywacyjny w edytorze tekstu": (
        "A CV and a cover letter in a word processor", "S",
        "Participants write a CV in a word processor, lay it out clearly and save it as a PDF.",
        ("The participant can prepare a CV from a simple template.",
         "The participant can save a document as a PDF and give it a sensible name."),
        "The trainer shows two CVs, one hard to read and one clear, and improves the first one in front of the "
        "group.",
        "My CV on one page",
        "Fill in the template with your experience and skills; make sure that it all fits on one page.",
        ""),
    "E-recepta: odbieranie i wykupienie leków": (
        "E-prescriptions: receiving one and collecting the medicines", "P",
        "Participants find out how an e-prescription arrives (text message, email, printout), what to say at "
        "the pharmacy and how to check the dosage.",
        ("The participant knows which details to give at the pharmacy to collect an e-prescription.",
         "The participant can find the e-prescription code in a text message or an email."),
        "The trainer shows a sample text message with an e-prescription code and an information printout, "
        "explaining each part.",
        "A prescription on the phone",
        "In the sample text message, point to the prescription code and write down what you will say to the "
        "pharmacist.",
        "participants' smartphones"),
    "Rejestracja do lekarza przez internet": (
        "Booking a doctor's appointment online", "P",
        "Participants book an appointment at a clinic online, cancel it and set a reminder.",
        ("The participant can choose a doctor and a time in the booking system.",
         "The participant can cancel an appointment they no longer need."),
        "The trainer goes through booking at a sample clinic, right up to the confirmation of the appointment.",
        "An appointment for Tuesday",
        "In the practice system, book an appointment with a family doctor for next Tuesday, then cancel it.",
        ""),
    "E-recepta krok po kroku": (
        "E-prescriptions step by step", "P",
        "The course explains how to receive an e-prescription by text message or email and collect the "
        "medicines at any pharmacy.",
        ("The participant knows where to find the e-prescription code.",
         "The participant can collect the medicines by giving the code and their PESEL number."),
        "The video follows an e-prescription from the doctor's surgery to the pharmacy counter.",
        "The code from the text message",
        "In the sample text message from the course, point to the prescription code and write it down on paper.",
        ""),
    "Wirtualne muzea i spacery": (
        "Virtual museums and walks", "P",
        "Participants visit museums and historic sites online, zoom in on paintings and look around panoramic "
        "views of places.",
        ("The participant can open a virtual exhibition and move around it.",
         "The participant can look around a panorama of a chosen place."),
        "The trainer takes the group through the virtual exhibition of a large museum and zooms in on the "
        "details of a painting.",
        "A trip without a ticket",
        "Choose a museum from the list, find one painting that you like and write down its title.",
        ""),
}

# The Polish scenarios that get an English version: several areas, every audience and level,
# both versions of some topics, and three online courses.
TRANSLATED = (
    "EDU-011", "SPR-001", "SPR-002", "FIN-003", "FIN-004", "FIN-101", "REL-001", "REL-101", "PRA-003",
    "ZDR-001", "ZDR-004", "ZDR-101", "ODP-005",
)

INDEX = {
    "title": "Training scenarios",
    "slug": "scenarios",
    "intro": "Ready-made plans for classroom sessions and online courses from the e-Mocni project, under a "
             "Creative Commons licence. Choose an area, a group and a duration, download the files and run the "
             "session yourself.",
}
ATTACHMENT_LABELS = {"scenariusz": "Session plan", "karta-pracy": "Worksheet: {area}"}
