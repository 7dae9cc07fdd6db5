// SPDX-License-Identifier: EUPL-1.2
/** Thesaurus: the energy transition and housing (building, renting, WOZ, liveability, real estate). */
import { concept, type ConceptDef } from './types.js';

export const ENERGY_CONCEPTS: readonly ConceptDef[] = [
  concept('c_energietransitie', 'energietransitie', 'energietransitie | duurzame energie | hernieuwbare energie | energieneutraal | co2-reductie | klimaatneutraal | klimaatakkoord | res | regionale energiestrategie | energiestrategie | energieopwekking | klimaatneutraliteit | fossielvrij'),
  concept('c_zonnepanelen', 'zonnepanelen', 'zonnepanelen | zonnepaneel | zonne-energie | zonnedak | zonnedaken | zonneweide | zonneweides | zonnepark | zonneparken | zon op dak | zonnecollector | zonneboiler | zonnestroom | pv-panelen | pv-installatie'),
  concept('c_windenergie', 'windenergie', 'windmolen | windmolens | windturbine | windturbines | windenergie | windpark | windparken | wind op land'),
  concept('c_warmtenet', 'warmtenet', 'warmtenet | warmtenetten | stadsverwarming | collectieve warmte | collectieve warmtevoorziening | restwarmte | warmtebron | warmtebronnen | warmte-koudeopslag | wko | aquathermie | geothermie | warmtetransitie | transitievisie warmte | wijkuitvoeringsplan | warmtekavel'),
  concept('c_aardgasvrij', 'aardgasvrij', 'aardgasvrij | gasloos | aardgasvrije wijken | aardgasvrije wijk | programma aardgasvrije wijken | pawn | all-electric | gasvrij | van gas los | wijkaanpak warmte | proeftuin aardgasvrij'),
  concept('c_warmtepomp', 'warmtepomp', 'warmtepomp | warmtepompen | hybride warmtepomp | luchtwarmtepomp | bodemwarmtepomp | warmtepompboiler'),
  concept('c_isolatie', 'isolatie', 'isolatie | isoleren | woningisolatie | spouwmuurisolatie | dakisolatie | vloerisolatie | dubbel glas | hr++ glas | na-isolatie | kierdichting | tochtstrips | isolatiemaatregelen | isolatieaanpak | isolatiesubsidie'),
  concept('c_verduurzaming', 'verduurzaming', 'verduurzaming | verduurzamen | duurzaamheid | energiebesparing | energiezuinig | energielabel | energielabels | energiecoach | energiecoaches | energieloket | energieadvies | duurzaamheidslening | energiebespaarlening | energiescan | woningverduurzaming | energiebesparende maatregelen'),
  concept('c_energiearmoede', 'energiearmoede', 'energiearmoede | energierekening | hoge energierekening | energieschulden | energietoeslag | energiefixers | energiefixer | energiearmoedebestrijding | energieprijzen | energielasten | hoge energielasten | energiecoach | energiecoaches | energieadviseur | energieadviseurs | bespaarcoach | energiebespaarcoach | fixteam | energiebox | bespaarbox | energiebespaarhulp | energiearme huishoudens'),
  concept('c_energiecooperatie', 'energiecoöperatie', 'energiecoöperatie | energiecoöperaties | lokaal eigendom | energiegemeenschap | burgerenergie | lokale energie | energie-initiatief | buurtenergie | participatie in energieprojecten'),
  concept('c_energienet', 'stroomnet', 'netcongestie | stroomnet | elektriciteitsnet | netbeheerder | netbeheerders | netcapaciteit | energieopslag | thuisbatterij | buurtbatterij | slimme netten | smart grid | energiehub | transportschaarste | batterijopslag'),
  concept('c_klimaat', 'klimaat', 'klimaat | klimaatverandering | klimaatbeleid | klimaatdoelen | klimaatplan | opwarming van de aarde | co2-uitstoot | co2 | broeikasgassen | co2-neutraal'),
];

export const HOUSING_CONCEPTS: readonly ConceptDef[] = [
  concept('c_woningbouw', 'woningbouw', 'woningbouw | nieuwbouw | woningen bouwen | bouwopgave | woningbouwopgave | bouwproductie | bouwlocatie | bouwlocaties | woningbouwprogramma | bouwversnelling | woningbouwproject | nieuwbouwwijk'),
  concept('c_wonen', 'wonen', 'wonen | woning | woningen | huisvesting | woonruimte | woningmarkt | woningtekort | woningnood | woonvisie | woonbeleid | woningzoekenden | woningzoekende | woonruimteverdeling | huisvestingsverordening | doorstroming op de woningmarkt'),
  concept('c_sociale_huur', 'sociale huur', 'sociale huur | sociale huurwoningen | sociale huurwoning | woningcorporatie | woningcorporaties | corporatie | corporaties | woningbouwvereniging | huurwoningen | huurders | huurdersvereniging | prestatieafspraken | huurtoeslag | middenhuur'),
  concept('c_flexwonen', 'flexwonen', 'flexwonen | flexwoningen | flexwoning | tijdelijke woningen | tijdelijke huisvesting | tiny houses | tiny house | containerwoningen | modulaire bouw | modulaire woningen | woonunits | spoedzoekers'),
  concept('c_woonvormen', 'woonvormen', 'woonvormen | woongroep | hofje | knarrenhof | kangoeroewoning | mantelzorgwoning | woningdelen | woongemeenschap | collectief wonen | wooncoöperatie | friendswoning | generatiewonen'),
  concept('c_leefbaarheid', 'leefbaarheid', 'leefbaarheid | wijkaanpak | wijkvernieuwing | herstructurering | achterstandswijk | kwetsbare wijken | aandachtswijken | wijkgericht werken | leefbaarheidsmonitor | buurtaanpak | stedelijke vernieuwing | leefomgeving'),
  concept('c_woz', 'WOZ', 'woz | waardering onroerende zaken | woz-waarde | woz-beschikking | taxatie | waardebepaling | woz-bezwaar | taxatieverslag | wet woz'),
  concept('c_belastingen', 'gemeentelijke belastingen', 'belastingen | gemeentelijke belastingen | heffingen | aanslag | aanslagen | ozb | onroerendezaakbelasting | onroerende zaakbelasting | rioolheffing | afvalstoffenheffing | toeristenbelasting | hondenbelasting | invordering | belastingaanslag'),
  concept('c_bag', 'BAG', 'bag | basisregistratie adressen en gebouwen | basisregistratie adressen | adresregistratie | gebouwregistratie | adressen en gebouwen | adresgegevens'),
  concept('c_vastgoed', 'vastgoed', 'vastgoed | gemeentelijk vastgoed | maatschappelijk vastgoed | panden | leegstand | leegstaande panden | winkelleegstand | kantorenleegstand | transformatie van kantoren | vastgoedbeheer'),
  concept('c_studenten', 'studenten', 'studenten | student | studentenhuisvesting | studentenkamers | kamerverhuur | studentenstad | hbo-studenten | mbo-studenten'),
  concept('c_arbeidsmigratie', 'arbeidsmigranten', 'arbeidsmigranten | arbeidsmigrant | arbeidsmigratie | huisvesting arbeidsmigranten | short stay | eu-werknemers | internationale werknemers'),
];
