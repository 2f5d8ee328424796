

def test_a_demonym_after_the_weapon_of_an_attack_noun_names_the_attacker(stage):
    text = "Des tirs d'obus israéliens ont touché lundi un hôpital du nord de Gaza."
    doc = make_doc(text, "fr", "2023-11-20")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["ISR"]
    assert "ISR" not in codes(event.recipient)
