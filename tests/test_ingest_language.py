"""Language detection: English kept even when short; other languages flagged."""
from __future__ import annotations

import pytest

from spinmap.ingest.language import detect_language


@pytest.mark.parametrize("text", [
    "He lied.",
    "Hello.",
    "Putin",
    "OK",
    "The Kremlin denies it.",
    "Aliyev met Pashinyan in Brussels on Tuesday.",
    "Baku accused Yerevan of shelling border villages, the ministry said.",
    "NATO, OSCE and CSTO officials met in Vienna.",
    "The minister said on Tuesday that the talks had failed. He blamed the other side for the collapse "
    "of the ceasefire, and officials in the capital agreed with him after a long meeting.",
])
def test_language_english_texts_are_english(text):
    guess = detect_language(text)
    assert guess.english and guess.language == "en"


@pytest.mark.parametrize("text, language", [
    ("Die Regierung hat am Dienstag erklärt, dass die Verhandlungen gescheitert sind und der Minister "
     "die andere Seite für das Scheitern verantwortlich macht.", "de"),
    ("Le ministre a déclaré mardi que les négociations avaient échoué et il a accusé l'autre camp "
     "d'avoir rompu le cessez-le-feu.", "fr"),
    ("Министр заявил, что переговоры провалились.", None),
    ("Պաշտոնական հայտարարություն", None),
    ("Der Minister sagte nein.", "de"),
])
def test_language_other_languages_are_flagged(text, language):
    guess = detect_language(text)
    assert not guess.english and guess.language != "en"
    if language:
        assert guess.language == language


@pytest.mark.parametrize("text", ["12345", "...", ""])
def test_language_text_without_letters_is_undetermined(text):
    assert detect_language(text).language == "und"


def test_language_is_deterministic():
    text = "Officials said the road stayed closed."
    assert {detect_language(text) for _ in range(3)} == {detect_language(text)}


@pytest.mark.parametrize("text, english", [
    ("Владимир Путин blamed Владимир Зеленский for the deaths of civilians.", True),
    ("Никол Пашинян accused Ильхам Алиев of sabotaging the talks.", True),
    ("Արցախի ղեկավար Սամվել Շահրամանյան accused Baku of starving the region.", True),
    ("Министр заявил, что NATO и the West провалились.", False),
    ("Արցախի the ղեկավարը հայտարարեց", False),
])
def test_language_english_with_names_in_their_own_script_is_english(text, english):
    # OSINT copy keeps names in Cyrillic/Armenian; long names outweighed the English letters (SM206)
    assert detect_language(text).english is english
