"""Given names from the installed name lists: attestation, gender only where it is strong, surnames."""

from newsfacts import given_names


def test_common_given_names_are_attested_and_words_are_not():
    assert all(given_names.is_given_name(name) for name in ("Siobhan", "Gareth", "Ghislain", "Marisol"))
    assert not any(given_names.is_given_name(word) for word in ("Hospital", "Park", "Street", "Union", "El"))


def test_a_gender_only_where_every_source_gives_the_name_strongly_one():
    assert [given_names.gender(name) for name in ("Douglas", "Melissa", "Tobias", "Ingrid")] == ["m", "f", "m", "f"]
    # Women's names in one country and men's in another, or borne by both.
    assert [given_names.gender(name) for name in ("Jean", "Nicola", "Robin", "Kim")] == [None] * 4
    assert given_names.gender("Vogelsang") is None
    # A name the census hardly knows gets none from the locale lists alone.
    assert given_names.is_given_name("Siobhan") and given_names.gender("Siobhan") is None


def test_surnames_come_from_the_census_list():
    assert given_names.is_surname("Callaghan") and not given_names.is_surname("Hospital")
