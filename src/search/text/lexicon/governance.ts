// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: governance and participation (council, democracy, residents' initiatives), finance and procurement,
 * law, the economy, culture and organisation.
 */

export const GOVERNANCE_WORDS = `
gemeente gemeentehuis stadhuis raadhuis gemeenteraad raad raadslid raadsvoorstel raadsbesluit raadsvergadering
college wethouder burgemeester griffie griffier ambtenaar ambtenarij secretaris directie bestuur
democratie verkiezing stembureau stem stempas kiezer opkomst referendum raadpleging consultatie peiling
enquete vragenlijst onderzoek panel burgerpanel inwonerspanel burgerberaad burgerforum loting
participatie burgerparticipatie inwonersparticipatie bewonersparticipatie inspraak zeggenschap betrokkenheid
cocreatie meedenken meebeslissen inspraakavond bewonersavond informatieavond
initiatief bewonersinitiatief burgerinitiatief buurtinitiatief initiatiefnemer uitdaagrecht overheidsparticipatie
burgerbegroting wijkbudget buurtbudget bewonersbudget bewonerscommissie wijkraad dorpsraad wijkplatform
coalitie oppositie motie amendement fractie partij politicus
financien begroting budget kosten uitgaven inkomsten bezuiniging besparing investering gemeentefonds
jaarrekening rekenkamer accountant controle rechtmatigheid doelmatigheid
subsidie subsidieregeling fonds cofinanciering bijdrage specifieke uitkering
belasting heffing aanslag rioolheffing afvalstoffenheffing toeristenbelasting hondenbelasting invordering
inkoop aanbesteding aanbesteden contractmanagement contract leverancier marktconsultatie inschrijving
gunning bestek raamovereenkomst
samenwerking samenwerkingsverband gemeenschappelijke regeling regio regiogemeente convenant ketenpartner
netwerkorganisatie vng provincie rijk ministerie kabinet kamer wetgeving wet wetswijziging
regelgeving verordening beleidsregel richtlijn jurisprudentie rechter rechtbank rechtszaak rechtsbescherming
personeel medewerker ambtenaar werving selectie opleiding vakmanschap leiderschap cultuur organisatiecultuur
thuiswerken werkplek kantoortuin
economie ondernemer ondernemerschap onderneming bedrijf bedrijventerrein bedrijvigheid mkb startup scaleup
winkel winkelgebied winkelcentrum winkelstraat binnenstad detailhandel retail horeca terras toerisme toerist
recreatie bezoeker hotel camping vakantiepark citymarketing evenementenbeleid
cultuur kunst kunstenaar museum theater bioscoop muziekschool poppodium erfgoed archeologie
kennis kennisdeling onderzoeker lectoraat wetenschap universiteit hogeschool
evaluatie monitoring effectmeting impactmeting opschaling implementatie borging
emancipatie diversiteit discriminatie racisme gelijkwaardigheid kansengelijkheid kansenongelijkheid
`;
