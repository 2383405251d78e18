"""Example data: the Skåne–Kristianstad agreement of 2019 and a county framework.

Facts (titles, periods, plans, places, dates) follow the real agreements; all
running text is our own wording and every person is fictional. Loading is
idempotent: each agreement has a fixed uid and is skipped when present.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    OrganisationKind,
)
from bibagreements.domain.records import (
    Agreement,
    Area,
    FollowUp,
    GoverningDocument,
    Organisation,
    Party,
    Person,
    ProjectDetails,
    Section,
)
from bibagreements.services.agreements import save_agreement
from bibagreements.services.followups import save_followup
from bibagreements.services.organisations import (
    find_organisation,
    find_person,
    save_organisation,
    save_person,
)
from bibagreements.services.schedule import record_checkin
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow

REFERENCE_UID = "5d0c1f3e-2019-4b1a-9c3e-000000000001"
FRAMEWORK_UID = "5d0c1f3e-2020-4b1a-9c3e-000000000002"
PROJECT_UID = "5d0c1f3e-2021-4b1a-9c3e-000000000003"

FIRST_FRAMEWORK_CHECKIN_HELD = date(2021, 1, 12)

REFERENCE_TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning "
    "och Biblioteken i Kristianstad"
)

VASTMANLAND_MUNICIPALITIES = (
    "Arboga",
    "Fagersta",
    "Hallstahammar",
    "Kungsör",
    "Köping",
    "Norberg",
    "Sala",
    "Skinnskatteberg",
    "Surahammar",
    "Västerås",
)


# Fictional library chiefs of three municipalities; the others have no contact
# person yet, which the reminders point out.
LIBRARY_CHIEFS = {"Västerås": "Anders Nyberg", "Sala": "Karin Sjöberg", "Köping": "Peter Lund"}


@dataclass(frozen=True)
class DemoResult:
    created: tuple[str, ...]
    already_present: tuple[str, ...]


class _Builder:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def org(
        self,
        name: str,
        kind: OrganisationKind,
        number: str | None = None,
        parent: int | None = None,
        address: str = "",
    ) -> int:
        found = find_organisation(self.uow, name, number)
        if found and found.id is not None:
            return found.id
        saved = save_organisation(self.uow, Organisation(name, kind, number, parent, address))
        assert saved.id is not None
        return saved.id

    def person(self, name: str, title: str, email: str, phone: str, org: int) -> int:
        record = Person(name, title, email, phone, org)
        found = find_person(self.uow, record)
        saved = found or save_person(self.uow, record)
        assert saved.id is not None
        return saved.id


def _present(uow: UnitOfWork, uid: str) -> int | None:
    return uow.session.scalar(select(AgreementRow.id).where(AgreementRow.uid == uid))


def _reference(uow: UnitOfWork, b: _Builder) -> Agreement:
    region = b.org(
        "Region Skåne", OrganisationKind.REGION, "232100-0255", address="291 89 Kristianstad"
    )
    culture = b.org(
        "Region Skånes kulturförvaltning",
        OrganisationKind.REGION,
        "232100-0255",
        region,
        "Region Skåne, Kulturförvaltningen, 205 25 Malmö",
    )
    municipality = b.org("Kristianstads kommun", OrganisationKind.MUNICIPALITY, "212000-0951")
    libraries = b.org(
        "Biblioteken i Kristianstad",
        OrganisationKind.LIBRARY,
        "212000-0951",
        municipality,
        "Stadsbiblioteket, Föreningsgatan 4, 291 31 Kristianstad",
    )
    coordinator = b.person(
        "Maria Ek", "Verksamhetsutvecklare", "maria.ek@example.org", "040-000 00 01", culture
    )
    director = b.person("Lars Holm", "Kulturdirektör", "lars.holm@example.org", "", culture)
    librarian = b.person(
        "Sara Lind",
        "Bibliotekarie, digital delaktighet",
        "sara.lind@example.org",
        "044-000 00 02",
        libraries,
    )
    chief = b.person("Johan Berg", "Bibliotekschef", "johan.berg@example.org", "", libraries)
    signed = date(2019, 11, 8)
    agreement = Agreement(
        uid=REFERENCE_UID,
        title=REFERENCE_TITLE,
        kind=AgreementKind.COOPERATION,
        status=AgreementStatus.ACTIVE,
        start=signed,
        end=date(2020, 12, 31),
        programme="Digitalt först med användaren i fokus",
        development_area="Digital utveckling",
        cadence=Cadence.HALF_YEARLY,
        purpose=(
            "Överenskommelsen synliggör samarbetet mellan Region Skånes kulturförvaltning och "
            "Biblioteken i Kristianstad och anger de samverkansområden som parterna gemensamt "
            "har identifierat inom Kungliga bibliotekets nationella satsning Digitalt först med "
            "användaren i fokus."
        ),
        background=(
            "Samarbetet vilar på parternas styrdokument. Den regionala kulturplanen och den "
            "regionala biblioteksplanen lyfter digital delaktighet som en demokratifråga. "
            "Biblioteksplanen för Kristianstads kommun anger att barn och unga ska få utveckla "
            "sin digitala kompetens och sin förmåga till källkritik. Från januari 2020 är FN:s "
            "konvention om barnets rättigheter svensk lag, vilket ger arbetet med barn och unga "
            "särskild tyngd."
        ),
        governing_documents=(
            GoverningDocument("Regional kulturplan för Skåne", "Region Skåne", 2016, 2019),
            GoverningDocument("Regional biblioteksplan Region Skåne", "Region Skåne", 2017, 2020),
            GoverningDocument(
                "Biblioteksplan för Kristianstads kommun",
                "Kristianstads kommun",
                2019,
                2022,
                date(2019, 3, 12),
                "kommunfullmäktige",
            ),
        ),
        areas=(
            Area(
                "Regional arbetsgrupp",
                "Stadsbiblioteket i Kristianstad deltar i den regionala arbetsgruppen för "
                "Digitalt först, som regionen sammankallar.",
            ),
            Area(
                "Kompetensutveckling",
                "Utbildning för bibliotekspersonal i hela Skåne inom det digitala området, med "
                "inriktning på barn och unga.",
            ),
            Area(
                "Spridning",
                "Information och erfarenheter sprids till andra kommuner.",
            ),
        ),
        sections=(
            Section(
                "Särskilda samarbeten",
                "Särskilda samarbeten genomförs som projekt och regleras i egna avtal som anger "
                "mål, syfte, finansiering och genomförande.",
            ),
        ),
        parties=(
            Party(libraries, "KS 2019/0001", librarian, chief, "Bibliotekschef", signed, "Malmö"),
            Party(
                culture, "KUN 2019/470", coordinator, director, "Kulturdirektör", signed, "Malmö"
            ),
        ),
    )
    saved = save_agreement(uow, agreement)
    assert saved.id is not None
    for area, outcome in zip(
        saved.areas,
        (
            "Stadsbiblioteket deltog i arbetsgruppens fyra möten under året.",
            "Två utbildningsdagar om barns digitala vardag hölls för 60 deltagare.",
            "Erfarenheterna presenterades vid ett regionalt bibliotekschefsmöte.",
        ),
        strict=True,
    ):
        save_followup(
            uow,
            FollowUp(saved.id, 2020, area.id, activity=area.title, outcome=outcome),
        )
    return saved


def _framework(uow: UnitOfWork, b: _Builder) -> Agreement:
    region = b.org("Region Västmanland", OrganisationKind.REGION, "232100-0172")
    regional_unit = b.person(
        "Eva Norén", "Regionbibliotekarie", "eva.noren@example.org", "021-000 00 03", region
    )
    numbers = {"Västerås": "212000-2080"}
    parties = [
        Party(
            region,
            "RV 2020/112",
            regional_unit,
            signed_on=date(2020, 1, 20),
            signed_place="Västerås",
            signatory_title="Regiondirektör",
        )
    ]
    for name in VASTMANLAND_MUNICIPALITIES:
        municipality = b.org(
            f"{name} kommun" if name != "Västerås" else "Västerås stad",
            OrganisationKind.MUNICIPALITY,
            numbers.get(name),
        )
        chief_name = LIBRARY_CHIEFS.get(name)
        chief = b.person(chief_name, "Bibliotekschef", "", "", municipality) if chief_name else None
        parties.append(
            Party(
                municipality,
                contact_person_id=chief,
                signed_on=date(2020, 1, 20),
                signed_place="Västerås",
            )
        )
    agreement = Agreement(
        uid=FRAMEWORK_UID,
        title="Samverkansavtal om gemensamt bibliotekssystem i Västmanlands län",
        kind=AgreementKind.FRAMEWORK,
        status=AgreementStatus.ACTIVE,
        start=date(2020, 1, 1),
        end=date(2023, 12, 31),
        cadence=Cadence.YEARLY,
        development_area="Bibliotekssamverkan",
        purpose=(
            "Länets tio kommuner och regionen driver tillsammans ett gemensamt "
            "bibliotekssystem (Koha), en gemensam webbplats och gemensamma lånevillkor."
        ),
        background=("Avtalet har tagits fram med länets bibliotekschefer som styrgrupp."),
        areas=(
            Area("Gemensamt bibliotekssystem", "Drift och utveckling av Koha."),
            Area("Gemensam webbplats"),
            Area("Gemensamma lånevillkor"),
        ),
        sections=(
            Section(
                "Styrgrupp",
                "Länets bibliotekschefer utgör styrgrupp och möts minst två gånger per år.",
            ),
        ),
        parties=tuple(parties),
    )
    saved = save_agreement(uow, agreement)
    assert saved.id is not None and saved.checkins[0].id is not None
    record_checkin(
        uow,
        saved.checkins[0].id,
        FIRST_FRAMEWORK_CHECKIN_HELD,
        participants=("Eva Norén", LIBRARY_CHIEFS["Västerås"], LIBRARY_CHIEFS["Sala"]),
        notes="Systemet i drift i alla kommuner. Webbplatsen lanseras under våren.",
        followups=(
            FollowUp(
                saved.id,
                2020,
                saved.areas[0].id,
                sub_goal="Alla kommuner använder det gemensamma systemet",
                activity="Migrering av de sista två kommunerna",
                outcome="Klart i oktober 2020.",
            ),
        ),
        # A past meeting: "today" is the day it was recorded, whatever the clock says.
        today=FIRST_FRAMEWORK_CHECKIN_HELD,
    )
    return saved


def _project(uow: UnitOfWork, b: _Builder, parent: int) -> Agreement:
    region = b.org("Region Västmanland", OrganisationKind.REGION, "232100-0172")
    city = b.org("Västerås stad", OrganisationKind.MUNICIPALITY, "212000-2080")
    b.org("Kungliga biblioteket", OrganisationKind.NATIONAL_BODY, "202100-4805")
    return save_agreement(
        uow,
        Agreement(
            uid=PROJECT_UID,
            title="Projektavtal om en gemensam webbplats för biblioteken i Västmanland",
            kind=AgreementKind.PROJECT,
            status=AgreementStatus.DRAFT,
            start=date(2021, 3, 1),
            end=date(2022, 2, 28),
            parent_id=parent,
            cadence=Cadence.QUARTERLY,
            programme="Digitalt först med användaren i fokus",
            development_area="Digital utveckling",
            purpose="Att ge länets invånare en gemensam ingång till bibliotekens tjänster.",
            project=ProjectDetails(
                goals="En gemensam webbplats i drift för alla tio kommuner senast februari 2022.",
                funding_sek=Decimal("440000"),
                funder="Kungliga biblioteket",
                implementation=(
                    "Västerås stadsbibliotek leder arbetet; regionen samordnar och "
                    "rapporterar till Kungliga biblioteket."
                ),
            ),
            areas=(Area("Webbplats"),),
            parties=(Party(region), Party(city)),
        ),
    )


def load_demo(uow: UnitOfWork) -> DemoResult:
    """Add the example agreements that are not there yet."""
    b = _Builder(uow)
    created: list[str] = []
    present: list[str] = []
    if _present(uow, REFERENCE_UID):
        present.append(REFERENCE_TITLE)
    else:
        created.append(_reference(uow, b).title)
    framework_id = _present(uow, FRAMEWORK_UID)
    if framework_id:
        present.append("framework")
    else:
        framework = _framework(uow, b)
        framework_id = framework.id
        created.append(framework.title)
    assert framework_id is not None
    if _present(uow, PROJECT_UID):
        present.append("project")
    else:
        created.append(_project(uow, b, framework_id).title)
    return DemoResult(tuple(created), tuple(present))
