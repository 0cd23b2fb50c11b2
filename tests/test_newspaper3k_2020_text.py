"""What newspaper3k kept of December 2020 pages of six sites (BBC, CNN, The Guardian, Breitbart, Infowars, The Onion;
batch 12 of benchmarks/score_dataset_texts.py, session 25): a broadcaster's schedule is a story made of items under
its subheads, and its items after the last paragraph of prose are its own, not other stories' titles."""

from newsl10n.furniture import classify_blocks

INTRO = [
    "Festive treats and perfect soundtracks this Christmas across BBC Radio & BBC Sounds",
    "The head of content said: “This Christmas, more so than ever, we’ve created perfect soundtracks that are full "
    "of festive cheer for our audiences, and there is something for everyone.”",
    "In what’s been a difficult year, millions of people have turned to our stations and Sounds for comfort and "
    "company, and we want to thank them.",
    "Pop Music Radio",
    "Radio 1’s Official Chart with Katie Thistleton reveals the Christmas Number 1",
    "Annie Mac’s Hottest Record Of The Year revealed on Radio 1",
    "A new roster of young DJs takeover the Radio 1 schedule from Boxing Day to New Year’s Eve",
    "Radio 2’s hour-long special with global music icon, Dolly Parton",
    "Zoe Ball celebrates five decades of Annie Nightingale in broadcasting",
    "Radio 3, Orchestras and Choirs",
    "Light In The Darkness season on Radio 3 creates music out of the sound of the Northern Lights",
    "Sound Walks with Horatio Clare take listeners rambling along the East Coast of the UK",
    "Radio 4, 4 Extra and 5 Live",
    "Dawn French and Jennifer Saunders star in new comedy, What Ever Happened to Baby Jane Austen, written by Jeremy "
    "Front and Dale Tolbert.",
]
TAIL = [
    "Comedy specials from Ed Reardon, Count Arthur Strong’s Radio Show, Nature Table and The Missing Hancocks",
    "A very special Christmas radio edition of A Question of Sport on 5 Live",
    "Laura Whitmore’s Best of 2020 and a Christmas special from Tailenders",
    "BBC World Service",
    "A festive edition of Music Life will feature the acclaimed talents of David Byrne and St. Vincent",
]


def test_a_schedules_items_after_its_last_paragraph_are_its_own():
    verdicts = classify_blocks([*INTRO, *TAIL])
    assert [verdict.drop for verdict in verdicts[-len(TAIL) :]] == [None] * len(TAIL)


def test_a_story_of_paragraphs_still_loses_the_titles_after_it():
    story = [
        INTRO[0],
        *(
            f"The station said on Monday that its {day} programme would be longer this year, and listeners "
            f"would hear more live music than before."
            for day in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
        ),
    ]
    verdicts = classify_blocks([*story, *TAIL[:3]])
    assert all(verdict.drop for verdict in verdicts[-3:])
