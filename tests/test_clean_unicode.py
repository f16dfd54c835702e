"""Unicode clean-up: mojibake, odd spaces, zero-width characters, NFC; curly quotes kept."""

from __future__ import annotations

from wirecoder.clean.unicode import normalize_unicode, repair_mojibake


def test_mojibake_repaired():
    assert repair_mojibake("He said itâ€™s fine") == "He said it’s fine"
    assert repair_mojibake("cafÃ© in MÃ¼nchen") == "café in München"
    assert repair_mojibake("â€œHelloâ€\x9d") == "“Hello”"
    assert repair_mojibake("Â£5 million") == "£5 million"


def test_real_accents_and_curly_quotes_untouched():
    s = "“Naïve” résumé — Ça va, Zürich’s façade"
    assert normalize_unicode(s) == s


def test_spaces_zero_width_nfc_and_newlines():
    assert normalize_unicode("a\u00a0b\u2009c\u200bd\ufeff") == "a b cd"
    assert normalize_unicode("cafe\u0301") == "café"
    assert normalize_unicode("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"
    assert normalize_unicode("bell\x07") == "bell"


def test_straight_marks_typed_for_apostrophes_become_apostrophes():
    text = 'Quoting the country"s documents, he said 1985"s result was weak. "We don"t know," he said.'
    assert normalize_unicode(text) == ("Quoting the country's documents, he said 1985's result was weak. "
                                       '"We don\'t know," he said.')


def test_a_closing_mark_before_a_word_stays_a_mark():
    text = 'He called it "a disgrace" and said "no" twice.'
    assert normalize_unicode(text) == text
