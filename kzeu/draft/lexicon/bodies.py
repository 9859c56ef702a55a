"""Words that tell a firm's or a body's name from a person's when both are two capitalised words
("Rodmar Kazyna said", "Baillie Novak said"): the nouns reports put before such a name, or
after it set apart by a comma, to say what kind of body it is ("sovereign wealth fund Rodmar
Kazyna", "Baillie Novak, the Edinburgh-based asset manager,")."""

from __future__ import annotations

from kzeu.draft.lexicon import words

# Lower-case nouns of a kind of firm or body (and the legal forms written before a name, as
# Central Asian and Russian copy writes "JSC Rodmar Kazyna" and "LLP Novara Service"). Nouns
# that also name a person's trade are left out ("producer", "developer", "investor", "trader",
# "operator", "manager", "major"): "camera operator Jan Novak" is a person.
BODY_KIND_NOUNS = words(
    "fund bank lender holding conglomerate firm company group insurer retailer chain brand "
    "exchange regulator consultancy automaker carmaker steelmaker maker utility refiner fintech "
    "startup start-up bookrunner airline railway consortium giant marketplace platform house "
    "contractor builder shipbuilder supplier manufacturer exporter importer distributor miner "
    "broadcaster newspaper outlet portal agency foundation charity "
    "jsc llp llc ojsc pjsc ngo"
)
# The legal forms before a firm's name in quotes, as Central Asian and Russian copy writes them
# ('JSC "Harbour Gas"', 'LLP "Novara Service"'): the firm is the quoted name (``organisations``).
LEGAL_FORMS = frozenset(("JSC", "LLP", "LLC", "OJSC", "PJSC", "CJSC", "NC", "RSE", "NGO"))
# Two nouns that together name a kind of firm where the second alone may be a person's trade:
# "asset manager Baillie Novak" (not "fund manager Jan Novak", a person).
BODY_KIND_PAIRS = frozenset((("asset", "manager"), ("money", "manager"), ("wealth", "manager")))
# Capitalised words of a body's field that are no word of a person's name, so that a
# complement ending on one is followed by the name ("the chairman of the Agency for Strategic
# Planning Jan Novak", "... for Regulation and Development of the Financial Market Jan Novak").
# Long nouns in "-tion", "-ment" and the like are no name words already (``NOUN_ENDINGS``).
FIELD_WORDS = words(
    "Planning Market Markets Budget Revenue Revenues Statistics Tourism Sport Sports Ecology "
    "Labour Labor Welfare Housing Banking Monitoring Reform Reforms Emergencies Emergency Science "
    "Sciences Youth Customs Taxation Tax Ombudsman Procurement Standards Privatisation "
    "Privatization Geology Subsoil Fisheries Forestry Railway Aviation Affairs "
    # ... and of the names of other bodies: "Human Rights Watch said", "Reporters Without
    # Borders said", "Caspian Pipeline Consortium said" name no one
    "Human Rights Watch Without Borders Consortium Alliance Coalition Network Peace "
    # ... and of banks' names: "Standard Chartered said", "Societe Generale said"
    "Standard Chartered Credit Societe Société Generale Générale Commercial Savings "
    # ... and the common nouns of Central Asian firms' names in their own languages (road,
    # railways, oil, oil and gas, coal): "… of Ruritania Temir Zholy Jan Novak"
    "Zholy Zholu Zholdary Yollari Yo'llari Neft Munai Munay Neftegaz Komir"
)
# Lower-case nouns of what a firm owns or is made of, after its name in the possessive: "Rodmar
# Kazyna's board", "Aldric Sachs's clients" name a firm, not a person ("Jan Novak's office"
# and "stake" may be a person's and are left out).
BODY_PARTS = words(
    "board shares shareholders subsidiary subsidiaries unit units portfolio bonds headquarters "
    "clients customers revenue revenues profit profits earnings branches stores plant plants "
    "factory factories"
)
