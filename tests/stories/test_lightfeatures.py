from datetime import date

from wirewatch.stories.lightfeatures import distinctive_numbers, light_dates, light_places


def test_numbers_in_any_script_and_grouping():
    assert distinctive_numbers("resolution 2703 at its 9,460th meeting") == {"2703", "9460"}
    assert distinctive_numbers("la 9 460e séance") == {"9460"}
    assert distinctive_numbers("القرار ٢٧٠٣") == {"2703"}


def test_days_and_years_are_not_distinctive():
    assert distinctive_numbers("on 11 March 2024, 12 people") == set()


def test_dates_resolved_against_publication():
    anchor = date(2024, 3, 12)  # a Tuesday
    assert light_dates("talks on Monday", anchor) == {"2024-03-11"}
    assert light_dates("reçu lundi 11 mars", anchor) == {"2024-03-11"}
    assert light_dates("يوم الاثنين 11 مارس", anchor) == {"2024-03-11"}
    assert light_dates("on December 30", date(2024, 1, 3)) == {"2023-12-30"}
    assert light_dates("nothing here", anchor) == set()
    assert light_dates("on Monday", None) == set()


def test_city_names_across_scripts():
    moscow_en = light_places("talks in Moscow on Monday")
    assert moscow_en
    assert light_places("محادثات في موسكو") == moscow_en
    assert light_places("entretiens à Moscou") == moscow_en
    assert light_places("the police said in march") == set()
