"""YouTube addresses: every usual form cleans to the 11-character id; anything else is refused."""

import pytest
from django.core.exceptions import ValidationError

from webinars.youtube import (
    INVALID_MESSAGE,
    YouTubeURLFormField,
    embed_url,
    parse_video_id,
    validate_video_id,
    watch_url,
)

ID = "dQw4w9WgXcQ"

GOOD = [
    ID,
    f"  {ID}  ",
    f"https://www.youtube.com/watch?v={ID}",
    f"http://www.youtube.com/watch?v={ID}",
    f"https://youtube.com/watch?v={ID}",
    f"https://m.youtube.com/watch?v={ID}",
    f"https://music.youtube.com/watch?v={ID}&feature=share",
    f"https://www.youtube.com/watch?feature=youtu.be&v={ID}",
    f"https://www.youtube.com/watch?v={ID}&t=1m30s",
    f"https://www.youtube.com/watch?v={ID}&list=PL1234567890abcdef&index=3",
    f"https://www.youtube.com/watch?v={ID}#t=42",
    f"https://www.youtube.com/watch/?v={ID}",
    f"https://WWW.YouTube.com/watch?v={ID}",
    f"https://youtu.be/{ID}",
    f"http://youtu.be/{ID}?t=42",
    f"https://youtu.be/{ID}?si=AbCdEfGh12345678",
    f"https://www.youtube.com/embed/{ID}",
    f"https://www.youtube.com/embed/{ID}?start=30&rel=0",
    f"https://www.youtube-nocookie.com/embed/{ID}?autoplay=1",
    f"https://www.youtube.com/shorts/{ID}",
    f"https://youtube.com/shorts/{ID}?feature=share",
    f"https://www.youtube.com/live/{ID}",
    f"https://www.youtube.com/live/{ID}?si=xyz&t=120",
    f"https://www.youtube.com/v/{ID}",
    f"https://www.youtube.com:443/watch?v={ID}",
    f"www.youtube.com/watch?v={ID}",
    f"youtu.be/{ID}",
    "https://www.youtube.com/watch?v=a-b_c-d_e-f",
]

BAD = [
    "",
    "   ",
    "dQw4w9WgXc",  # 10 characters
    "dQw4w9WgXcQQ",  # 12 characters
    "dQw4w9WgXc!",
    "https://www.youtube.com/watch?v=dQw4w9WgXc",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
    "https://youtu.be/dQw4w9WgXcQQ",
    "https://www.youtube.com/watch",
    "https://www.youtube.com/",
    f"https://www.youtube.com/watch?v={ID}&v=aaaaaaaaaaa",  # two ids: which one?
    f"https://www.youtube.com/channel/{ID}",
    f"https://www.youtube.com/embed/{ID}/extra",
    f"https://youtu.be/{ID}/extra",
    "https://www.youtube.com/playlist?list=PL1234567890abcdef",
    f"https://vimeo.com/{ID}",
    f"https://www.youtube.com.example.org/watch?v={ID}",
    f"https://evilyoutube.com/watch?v={ID}",
    f"https://youtu.be.example.org/{ID}",
    f"https://user:pass@www.youtube.com/watch?v={ID}",
    f"https://www.youtube.com:8080/watch?v={ID}",
    f"ftp://www.youtube.com/watch?v={ID}",
    f"javascript:alert(1)//youtu.be/{ID}",
    f"JavaScript:alert('{ID}')",
    f"data:text/html,<script>alert(1)</script>{ID}",
    f"//www.youtube.com/watch?v={ID}",
    f"https://www.youtube.com/watch?v={ID} extra",
    f"https://www.youtube.com/watch?v=<{ID}>",
    "https://[::1/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=" + "a" * 600,
]


@pytest.mark.parametrize("value", GOOD)
def test_good_forms_give_the_id(value):
    expected = "a-b_c-d_e-f" if "a-b_c" in value else ID
    assert parse_video_id(value) == expected


@pytest.mark.parametrize("value", BAD)
def test_bad_forms_are_refused(value):
    assert parse_video_id(value) is None


@pytest.mark.parametrize("value", [None, 12345678901, ["dQw4w9WgXcQ"]])
def test_non_strings_are_refused(value):
    assert parse_video_id(value) is None


@pytest.mark.parametrize("value", GOOD)
def test_form_field_cleans_to_the_id(value):
    expected = "a-b_c-d_e-f" if "a-b_c" in value else ID
    assert YouTubeURLFormField(required=False).clean(value) == expected


@pytest.mark.parametrize("value", [v for v in BAD if v.strip()])
def test_form_field_error_is_polish_and_clear(value):
    with pytest.raises(ValidationError) as error:
        YouTubeURLFormField(required=False).clean(value)
    assert error.value.messages == [INVALID_MESSAGE]
    assert "To nie jest adres filmu w YouTube" in INVALID_MESSAGE


def test_form_field_empty_and_required():
    assert YouTubeURLFormField(required=False).clean("") == ""
    with pytest.raises(ValidationError):
        YouTubeURLFormField(required=True).clean("")


def test_form_field_shows_editors_an_address():
    assert YouTubeURLFormField().prepare_value(ID) == f"https://www.youtube.com/watch?v={ID}"
    assert YouTubeURLFormField().prepare_value("not an id") == "not an id"


def test_model_validator():
    validate_video_id(ID)
    for value in ("", "short", f"https://youtu.be/{ID}", ID + "x"):
        with pytest.raises(ValidationError):
            validate_video_id(value)


def test_urls():
    assert watch_url(ID) == f"https://www.youtube.com/watch?v={ID}"
    assert embed_url(ID, "pl") == (
        f"https://www.youtube-nocookie.com/embed/{ID}?autoplay=1&cc_load_policy=1&cc_lang_pref=pl&hl=pl&rel=0"
    )
    assert "cc_lang_pref=en&hl=en" in embed_url(ID, "en")
