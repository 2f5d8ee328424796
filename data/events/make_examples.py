"""Writes examples_{en,fr,ar}.jsonl from the compact table below (run: python make_examples.py).

Each example: id, lang, pub_date, text, and its events as (type, negated, aux, actor
country, recipient country or None).  The sentences were written for wirewatch; they
describe plausible events and are released with the project (CC BY 4.0).
"""

from __future__ import annotations

import json
from pathlib import Path

E = tuple  # (event_type, negated, aux, actor_country, recipient_country)

EXAMPLES: dict[str, list[tuple[str, str, list[E]]]] = {
    "en": [
        ("2024-02-14", "Kenya and Ethiopia signed a memorandum on cross-border trade on Tuesday.", [("AGREE", False, None, "KEN", None)]),
        ("2024-02-14", "The Egyptian foreign minister will travel to Ankara next week for talks.", [("AGREE", False, None, "EGY", None)]),
        ("2024-03-05", "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Monday.", [("CONSULT", False, None, "JPN", "IND")]),
        ("2024-03-05", "The Senegalese president spoke by phone with the French president on Sunday.", [("CONSULT", False, None, "SEN", "FRA")]),
        ("2024-04-10", "Germany praised Poland for its handling of the border crisis.", [("SUPPORT", False, None, "DEU", "POL")]),
        ("2024-04-10", "The Canadian government apologised to Indigenous communities on Wednesday.", [("CONCEDE", False, None, "CAN", None)]),
        ("2024-05-20", "Brazil extradited a suspect to Portugal on Friday.", [("COOPERATE", False, None, "BRA", "PRT")]),
        ("2024-05-20", "Qatar sent humanitarian aid to Sudan on Sunday.", [("AID", False, None, "QAT", "SDN")]),
        ("2024-06-02", "The army withdrew its troops from the northern town of Kidal.", [("RETREAT", False, None, None, None)]),
        ("2024-06-02", "Nigeria urged Niger to reopen its border with Benin.", [("REQUEST", False, None, "NGA", "NER")]),
        ("2024-06-18", "Iran accused Israel of sabotage at a nuclear site.", [("ACCUSE", False, None, "IRN", "ISR")]),
        ("2024-06-18", "Venezuela rejected the proposal of the Organization of American States.", [("REJECT", False, None, "VEN", None)]),
        ("2024-07-07", "China threatened Lithuania with trade sanctions.", [("THREATEN", False, None, "CHN", "LTU")]),
        ("2024-07-07", "Thousands of protesters marched through Nairobi on Thursday against the finance bill.", [("PROTEST", False, None, "KEN", None)]),
        ("2024-08-11", "Serbia deployed troops along the boundary with Kosovo on Saturday.", [("MOBILIZE", False, None, "SRB", None)]),
        ("2024-08-11", "Police in Dhaka arrested the opposition leader on Friday.", [("COERCE", False, None, "BGD", None)]),
        ("2024-09-01", "Unidentified gunmen killed five villagers in central Burkina Faso on Saturday.", [("ASSAULT", False, None, "BFA", "BFA")]),
        ("2024-09-01", "The European Union imposed sanctions on Belarus over the crackdown.", [("SANCTION", False, None, "EUR", "BLR")]),
        ("2024-09-15", "Turkey did not condemn the coup in Gabon.", [("ACCUSE", True, None, "TUR", None)]),
        ("2024-09-15", "The city council approved a new budget for public parks.", []),
        ("2024-10-03", "Mexico recalled its ambassador to Ecuador for consultations.", [("SANCTION", False, None, "MEX", "ECU")]),
        ("2024-10-03", "Spain summoned the Israeli ambassador on Tuesday.", [("ACCUSE", False, None, "ESP", "ISR")]),
        ("2024-10-20", "Rainfall in the region was twice the seasonal average this year.", []),
        ("2024-11-04", "Ghana cut diplomatic ties with Taiwan in 1972.", [("SANCTION", False, "historical", "GHA", "TWN")]),
    ],
    "fr": [
        ("2024-02-14", "Le Sénégal et la Mauritanie ont signé un accord sur l'exploitation du gaz.", [("AGREE", False, None, "SEN", None)]),
        ("2024-02-14", "Le ministre tunisien des Affaires étrangères se rendra à Rome la semaine prochaine.", [("AGREE", False, None, "TUN", None)]),
        ("2024-03-05", "Le président ivoirien a reçu lundi à Abidjan son homologue ghanéen.", [("CONSULT", False, None, "GHA", "CIV")]),
        ("2024-03-05", "Le Premier ministre belge s'est entretenu mardi avec le chancelier allemand.", [("CONSULT", False, None, "BEL", "DEU")]),
        ("2024-04-10", "Le Canada a salué la décision du Bénin d'organiser des élections anticipées.", [("SUPPORT", False, None, "CAN", "BEN")]),
        ("2024-04-10", "Le gouvernement a présenté ses excuses aux familles des victimes.", [("CONCEDE", False, None, None, None)]),
        ("2024-05-20", "La France et l'Espagne ont mené des patrouilles conjointes dans les Pyrénées.", [("COOPERATE", False, None, "FRA", "ESP")]),
        ("2024-05-20", "Le Japon a accordé une aide de 20 millions de dollars au Tchad.", [("AID", False, None, "JPN", "TCD")]),
        ("2024-06-02", "Les rebelles ont libéré vendredi trois otages italiens.", [("RETREAT", False, None, None, "ITA")]),
        ("2024-06-02", "L'Union africaine a appelé le Soudan à un cessez-le-feu immédiat.", [("REQUEST", False, None, "IGO", "SDN")]),
        ("2024-06-18", "Le Mali a accusé l'Algérie d'ingérence dans ses affaires intérieures.", [("ACCUSE", False, None, "MLI", "DZA")]),
        ("2024-06-18", "La Russie a opposé son veto au projet de résolution sur la Syrie.", [("REJECT", False, None, "RUS", None)]),
        ("2024-07-07", "La Turquie a menacé la Suède de bloquer son adhésion à l'OTAN.", [("THREATEN", False, None, "TUR", "SWE")]),
        ("2024-07-07", "Des milliers de manifestants ont défilé samedi à Dakar contre le report de l'élection.", [("PROTEST", False, None, "SEN", None)]),
        ("2024-08-11", "Le Niger a déployé des renforts militaires à la frontière avec le Bénin.", [("MOBILIZE", False, None, "NER", None)]),
        ("2024-08-11", "La police a arrêté mardi à Tunis un journaliste critique du pouvoir.", [("COERCE", False, None, "TUN", None)]),
        ("2024-09-01", "Des hommes armés non identifiés ont attaqué un convoi de l'armée malienne.", [("ASSAULT", False, None, "MLI", "MLI")]),
        ("2024-09-01", "Washington a imposé des sanctions à trois ministres nicaraguayens.", [("SANCTION", False, None, "USA", "NIC")]),
        ("2024-09-15", "Paris n'a pas condamné l'attaque contre la base.", [("ACCUSE", True, None, "FRA", None), ("ASSAULT", False, None, None, None)]),
        ("2024-09-15", "Le musée rouvrira ses portes au public en juin après des travaux.", []),
        ("2024-10-03", "Le Maroc a rappelé son ambassadeur en Suède pour consultations.", [("SANCTION", False, None, "MAR", "SWE")]),
        ("2024-10-03", "Le Quai d'Orsay a convoqué l'ambassadeur d'Iran mardi.", [("ACCUSE", False, None, "FRA", "IRN")]),
        ("2024-10-20", "Le prix du pain a augmenté de dix pour cent en un an.", []),
    ],
    "ar": [
        ("2024-02-14", "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة.", [("AGREE", False, None, "EGY", None)]),
        ("2024-02-14", "سيزور وزير الخارجية القطري بغداد الأسبوع المقبل.", [("AGREE", False, None, "QAT", None)]),
        ("2024-03-05", "التقى الرئيس التونسي الاثنين وزير الخارجية الإيطالي في قرطاج.", [("CONSULT", False, None, "TUN", "ITA")]),
        ("2024-03-05", "أجرى ولي العهد السعودي اتصالا هاتفيا مع الرئيس الفرنسي.", [("CONSULT", False, None, "SAU", "FRA")]),
        ("2024-04-10", "أشادت الجامعة العربية بجهود الوساطة القطرية.", [("SUPPORT", False, None, "IGO", "QAT")]),
        ("2024-04-10", "اعتذرت الحكومة اللبنانية للمواطنين عن انقطاع الكهرباء.", [("CONCEDE", False, None, "LBN", None)]),
        ("2024-05-20", "أجرت القوات المغربية والأمريكية مناورات عسكرية مشتركة في أكادير.", [("COOPERATE", False, None, "MAR", "USA")]),
        ("2024-05-20", "أرسلت الإمارات مساعدات طبية إلى السودان.", [("AID", False, None, "ARE", "SDN")]),
        ("2024-06-02", "أفرجت السلطات الإيرانية عن ثلاثة صحفيين أمس.", [("RETREAT", False, None, "IRN", None)]),
        ("2024-06-02", "دعت مصر إسرائيل إلى وقف العمليات العسكرية في رفح.", [("REQUEST", False, None, "EGY", "ISR")]),
        ("2024-06-18", "اتهمت الجزائر المغرب بالتجسس على مسؤوليها.", [("ACCUSE", False, None, "DZA", "MAR")]),
        ("2024-06-18", "رفضت حكومة بغداد طلب أنقرة إقامة قواعد عسكرية.", [("REJECT", False, None, "IRQ", "TUR")]),
        ("2024-07-07", "هددت إيران بإغلاق مضيق هرمز.", [("THREATEN", False, None, "IRN", None)]),
        ("2024-07-07", "خرج آلاف المتظاهرين في عمان احتجاجا على ارتفاع الأسعار.", [("PROTEST", False, None, "JOR", None)]),
        ("2024-08-11", "نشرت مصر قوات إضافية على حدودها مع ليبيا.", [("MOBILIZE", False, None, "EGY", None)]),
        ("2024-08-11", "اعتقلت الشرطة التونسية ناشطا معارضا في صفاقس.", [("COERCE", False, None, "TUN", "TUN")]),
        ("2024-09-01", "قتل مسلحون مجهولون جنديين في هجوم على حاجز في سيناء.", [("ASSAULT", False, None, "EGY", "EGY")]),
        ("2024-09-01", "فرضت الولايات المتحدة عقوبات على شركات إيرانية.", [("SANCTION", False, None, "USA", "IRN")]),
        ("2024-09-15", "لم تدن الرياض الهجوم على السفينة.", [("ACCUSE", True, None, "SAU", None), ("ASSAULT", False, None, None, None)]),
        ("2024-09-15", "افتتح المعرض الدولي للكتاب أبوابه للزوار يوم السبت.", []),
        ("2024-10-03", "استدعت الكويت سفيرها لدى بيروت للتشاور.", [("SANCTION", False, None, "KWT", "LBN")]),
        ("2024-10-03", "استدعت وزارة الخارجية الجزائرية السفير الفرنسي.", [("ACCUSE", False, None, "DZA", "FRA")]),
        ("2024-10-20", "ارتفعت درجات الحرارة في معظم مناطق البلاد.", []),
    ],
}


def to_gold(lang: str, number: int, pub_date: str, text: str, events: list[E]) -> dict:
    def party(code: str | None) -> list[dict]:
        return [{"text": "", "name": None, "country": code, "sector": None}] if code else []
    return {
        "id": f"{lang}-ex-{number:03d}", "lang": lang, "pub_date": pub_date, "source": "written for wirewatch",
        "text": text,
        "events": [{"event_type": t, "mode": None, "context": [], "actor": party(a), "recipient": party(r),
                    "date": None, "location": None, "negated": neg, "aux": aux, "evidence": text,
                    "optional": False} for t, neg, aux, a, r in events],
        "entities": [],
    }


def main() -> None:
    here = Path(__file__).resolve().parent
    for lang, rows in EXAMPLES.items():
        lines = [json.dumps(to_gold(lang, i + 1, *row), ensure_ascii=False) for i, row in enumerate(rows)]
        (here / f"examples_{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
