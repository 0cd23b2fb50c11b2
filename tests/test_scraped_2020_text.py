"""What an extractor left of 2020 pages of mainstream sites (the ReCOVery dataset's reliable sites, scored in
session 23; its texts are not kept here, see benchmarks/score_dataset_texts.py): site lines, a list's heading
glued to its first title, a link's label glued to its title; and a podcast's chapters, which stay."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason

HEADLINE = "County extends its stay-at-home order through May"
STORY = [
    "The county extended its stay-at-home order on Monday as new cases kept rising, officials said.",
    "Parks will reopen for walking, but playgrounds and sports fields stay closed, the health officer said.",
    "The order will be reviewed again in two weeks, according to the county's website.",
]


def verdicts(*lines: str):
    return classify_blocks([HEADLINE, *STORY, *lines])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Visit Business Insider's homepage for more stories.", "link prompt"),
        ("Send letters to letters@suntimes.com.", "site notice"),
        ("Sound The gallery will resume in seconds", "site notice"),
        (
            "Future Tense is a partnership of Slate, New America, and Arizona State University that examines "
            "emerging technologies, public policy, and society.",
            "site notice",
        ),
        (
            "Digital sales boost:Walmart sales increase 10% as online buying grew 74% during the pandemic",
            "related link",
        ),
        (
            "World Mapping the worldwide spread of the coronavirus Warning: This graphic requires JavaScript. "
            "Please enable JavaScript for the best experience.",
            "browser notice",
        ),
        ("[Graphic: How the virus spread through the county's nursing homes]", "related link"),
    ],
)
def test_a_sites_line_is_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason
    assert verdicts(line, STORY[0])[-2].drop == f"furniture: {reason}"


def test_a_series_note_tells_of_the_story_and_stays():
    assert furniture_reason("This article is part of a series on the future of local news.") is None


def test_a_lists_heading_glued_to_its_first_title_opens_the_list():
    result = verdicts(
        "Related Articles Former coach dies at 74 after a long illness",
        "On this date, 1991: the team meets the Queen",
        "Ex-manager in intensive care after testing positive",
        STORY[0],
    )
    assert all(verdict.drop is not None for verdict in result[-4:-1])
    assert result[-1].drop is None


def test_a_podcasts_chapters_after_the_story_stay():
    """The Detroit News's episode page: the chapters, then its links under "Bonus coverage"."""
    chapters = [
        "►3:50: Non-stop rollercoaster on Twitter",
        '►6:30: "It\'s not just the flu"',
        "►9:40: League takes wait-and-see approach",
        "►14:30: Stocking up on food",
        "►16:20: The ripple effect",
        "►18:45: Liability of lawsuits",
        "►22:20: Big spring concert to be cancelled",
        "►25:20: Did the players infect others?",
        "►29:40: Team prepared for deep run in tournament",
        "►34:30: Hockey will likely follow suit",
    ]
    links = [
        "Bonus coverage",
        "►Green Room Facebook page",
        "►Special report: the football scandals",
        "►Michigan State videos",
        "►Michigan State photos",
        "►Michigan State newsletter",
        "Read or Share this story: https://www.example.com/story/podcasts/green-room/2020/03/12/",
    ]
    result = verdicts(*chapters, *links)
    assert [verdict.drop for verdict in result[-17:-7]] == [None] * 10
    assert all(verdict.drop is not None for verdict in result[-6:])  # the links under "Bonus coverage" go


def test_the_articles_advice_and_its_readers_signed_answers_at_the_end_stay():
    advice = [
        "Wash your hands often with soap and warm water for 20 seconds",
        "Avoid touching your eyes, nose, or mouth with unwashed hands",
        "Cover your mouth and nose with a tissue when coughing or sneezing",
        "If you are sick, stay home, and avoid contact with others",
    ]
    assert [verdict.drop for verdict in verdicts(*advice)[-4:]] == [None] * 4
    answers = [
        "“Toro Sushi with a couple of bottles of wine.” — @reader_one on Twitter",
        "“Italian beef sandwich from the corner stand, 1 pound of beef!” — @reader_two on Twitter",
        "“A medium-rare steak and french-fried potatoes.” — Jane Roe",
    ]
    assert [verdict.drop for verdict in verdicts(*answers)[-3:]] == [None] * 3
    # three other stories' titles after the story still go
    titles = [
        "Mayor names new police chief after long search",
        "Council delays vote on the budget until March",
        "Schools plan to reopen in the fall with masks",
    ]
    assert all(verdict.drop is not None for verdict in verdicts(*titles)[-3:])


def test_a_poll_set_inside_the_story_opens_no_comment_section():
    """Big League Politics' poll between two paragraphs: its form's "Email *" is no comment box, the story goes on."""
    texts = [
        "Tech giants lobby to keep the visa program for foreign workers",
        "Hundreds of the country's most powerful corporations have signed onto a lobbying effort to keep the program.",
        "The companies claim that their hiring needs reflect the national interest and that they need to import workers.",
        "“The undersigned represent employers that rely on a highly skilled, college-educated workforce,” the letter said.",
        "Trending: Nursing Home Attacker Had COVID-19 and Was Quarantined Among the Elderly",
        "The abuse of the visa system to replace American workers with cheaper foreign workers is extensive, critics say.",
        "take our poll - story continues below",
        "LOCKDOWN POLL: Should America reopen for business? Should America reopen for business?",
        "LOCKDOWN POLL: Should America reopen for business? * Yes, it's time to get back to work. No, the risk is too great.",
        "Email *",
        "Name This field is for validation purposes and should be left unchanged. Completing this poll grants you access "
        "to updates free of charge. You may opt out at anytime. You also agree to this site's Privacy Policy.",
        "The visa system also enables major employers to depress wages within the American workforce, critics say.",
        '"It was both surprising and encouraging to see one group finally become vocal," the group said on Monday.',
        "The notion of doubling down on the hiring of new American workers was rejected by the companies, the letter shows.",
    ]
    assert [verdict.drop for verdict in classify_blocks(texts)[-3:]] == [None] * 3


def test_a_storys_sources_under_their_heading_are_credits():
    sources = ["Sources include:", "NCBI.NLM.NIH.gov", "DailyMail.co.uk", "You Might Like", "MedlinePlus.gov"]
    result = verdicts(*sources)
    kinds = [(verdict.kind, verdict.drop) for verdict in result[-5:]]
    assert [kind for kind, _ in kinds[:3]] == [Kind.CREDIT] * 3 and kinds[4] == (Kind.CREDIT, None)
    assert kinds[3][1] is not None  # the widget's heading set among them still goes


def test_a_readers_handle_signing_an_answer_is_its_own_credit():
    from newsl10n.segment import unit_spans

    text = "“Toro Sushi with a couple of bottles of wine.” — @reader_one on Twitter"
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)] == [
        ("“Toro Sushi with a couple of bottles of wine.”", Kind.BODY),
        ("— @reader_one on Twitter", Kind.CREDIT),
    ]
