// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: mobility (cars, charging, cycling, public transport, parking, logistics, traffic safety) and the
 * energy transition (heat, solar, wind, insulation, grids).
 */

export const MOBILITY_WORDS = `
mobiliteit vervoer verkeer bereikbaarheid verkeersveiligheid verkeersdrukte doorstroming congestie file
reiziger reis rit verplaatsing forens pendelaar automobilist fietser voetganger weggebruiker bestuurder
laadpaal laadpunt laadstation laadplein laadpas laadsessie lader snellader laadinfrastructuur oplaadpunt
accu batterij stekker stroomkabel kabelgoot
deelauto deelfiets deelscooter deelmobiliteit autodelen deelvervoer mobiliteitshub hub transferium
fietspad fietsstraat fietsroute fietsnetwerk fietsenstalling fietsparkeren fietsenrek fietswrak weesfiets
fietsbrug fietstunnel fietsveiligheid fietsgebruik fietsles bakfiets ebike speedpedelec
snorfiets bromfiets step motorfiets
openbaar vervoer dienstregeling halte bushalte tramhalte station perron vervoerder concessie ovchipkaart
buurtbus regiotaxi deeltaxi doelgroepenvervoer leerlingenvervoer vraagafhankelijk
parkeren parkeerplaats parkeergarage parkeerterrein parkeervergunning parkeerbeleid parkeerdruk parkeerplek
parkeermeter parkeerautomaat parkeerbelasting parkeerhandhaving parkeersensor scanauto parkeernorm
kentekenherkenning kenteken voertuig vrachtwagen bestelbus busbaan rijstrook kruispunt rotonde
verkeerslicht verkeersregelinstallatie oversteekplaats zebrapad drempel verkeersdrempel snelheidsbeperking
snelheidscontrole flitspaal schoolzone schoolroute schoolomgeving wegbeheerder wegwerkzaamheden omleiding
logistiek stadslogistiek bevoorrading bezorging pakket pakketkluis pakketpunt distributie vrachtverkeer
bouwlogistiek laadplaats losplaats venstertijd
emissie uitstoot emissievrij elektrificatie waterstof brandstof benzine diesel tankstation
drone dronevlucht luchtvaart
`;

export const ENERGY_WORDS = `
energie energietransitie energiebesparing energieverbruik energiegebruik energierekening energieprijs
energielabel energiecoach energieloket energieadvies energiescan energiearmoede energiefixer energieopslag
energiecooperatie energiegemeenschap energiestrategie energieneutraal energiezuinig energieneutraliteit
stroom elektriciteit elektriciteitsnet stroomnet netbeheer netbeheerder netcongestie netcapaciteit
transformator trafo onderstation aansluiting meterkast slimme meter
duurzaamheid verduurzaming duurzaamheidslening energiebespaarlening subsidieregeling
zon zonne zonnepaneel zonnepanelen zonnedak zonneweide zonnepark zonneboiler zonnecollector omvormer
wind windmolen windturbine windpark windenergie
warmte warmtenet warmtebron warmtepomp warmtetransitie warmtevisie restwarmte stadsverwarming
aquathermie geothermie bodemwarmte warmteopslag koudeopslag wko
aardgas gas gasloos aardgasvrij gasaansluiting gasverbruik cv ketel cvketel hybride
isolatie spouwmuur spouwmuurisolatie dakisolatie vloerisolatie glas isolatieglas kierdichting tochtstrip
ventilatie binnenklimaat oververhitting koeling airco
co2 koolstof klimaatneutraal klimaatneutraliteit klimaatakkoord klimaatdoel klimaatbeleid klimaatplan
biomassa biogas mestvergisting
`;

export const HOUSING_WORDS = `
wonen woning woonruimte huisvesting woningbouw woningmarkt woningtekort woningnood woningzoekende
woonvisie woonbeleid woonopgave woonwijk woonwagen woonboot woonzorg woonvorm woongroep woonunit
nieuwbouw bouwproject bouwopgave bouwlocatie bouwproductie bouwvergunning bouwstroom bouwer aannemer
ontwikkelaar projectontwikkelaar architect
huur huurwoning huurprijs huurcommissie huurtoeslag huurdersvereniging verhuurder huurbescherming
koop koopwoning koopprijs hypotheek starter starterslening doorstroming doorstromer
corporatie woningcorporatie woningbouwvereniging prestatieafspraak sociale huur middenhuur vrije sector
flexwonen flexwoning tinyhouse containerwoning woonunit modulair prefab tijdelijke woning
hofje knarrenhof woongemeenschap studentenhuisvesting studentenkamer kamerverhuur arbeidsmigrant
renovatie sloop herstructurering wijkvernieuwing stadsvernieuwing transformatie leegstand splitsing
vastgoed pand kantoor kantoorpand winkelpand bedrijfspand gebouw monument erfgoed
woz taxatie waardering onroerende zaak ozb
adres bewoning onderhuur woonfraude
leefbaarheid leefomgeving wijkaanpak wijkplan wijkvisie buurtplan aandachtswijk achterstandswijk
`;
