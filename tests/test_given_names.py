"""Given names and surnames from the installed name lists."""

from newsfacts import given_names


def test_common_given_names_are_attested_and_words_are_not():
    assert all(given_names.is_given_name(name) for name in ("Siobhan", "Gareth", "Ghislain", "Marisol"))
    assert not any(given_names.is_given_name(word) for word in ("Hospital", "Park", "Street", "Union", "El"))


def test_surnames_come_from_the_census_list():
    assert given_names.is_surname("Callaghan") and not given_names.is_surname("Hospital")
