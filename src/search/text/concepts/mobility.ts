// SPDX-License-Identifier: EUPL-1.2
/** Thesaurus: mobility — charging, electric and shared transport, cycling, parking, public transport, logistics. */
import { concept, type ConceptDef } from './types.js';

export const MOBILITY_CONCEPTS: readonly ConceptDef[] = [
  concept('c_laadpaal', 'laadpaal', 'laadpaal | laadpalen | laadpunt | laadpunten | oplaadpunt | oplaadpunten | laadinfrastructuur | laadstation | laadstations | snellader | snelladers | laadplein | laadpas | e-auto laden | elektrisch laden | auto opladen | laadvoorziening | publieke laadpaal | laadsessie | laadsessies | slim laden'),
  concept('c_elektrisch_vervoer', 'elektrisch vervoer', 'elektrisch vervoer | elektrische auto | elektrische auto\'s | e-auto | e-auto\'s | elektrisch rijden | emissievrij vervoer | elektrische voertuigen | elektrisch voertuig | e-mobiliteit | elektromobiliteit | elektrische bus | elektrische bussen'),
  concept('c_deelmobiliteit', 'deelmobiliteit', 'deelmobiliteit | deelauto | deelauto\'s | autodelen | deelfiets | deelfietsen | deelscooter | deelscooters | mobility as a service | maas | deelvervoer | buurtauto | elektrische deelauto'),
  concept('c_mobiliteitshub', 'mobiliteitshub', 'mobiliteitshub | mobiliteitshubs | hub | hubs | overstappunt | transferium | parkeren en reizen | buurthub | wijkhub'),
  concept('c_fiets', 'fiets', 'fiets | fietsen | fietser | fietsers | fietspad | fietspaden | e-bike | e-bikes | fietsstraat | fietsnetwerk | snelfietsroute | fietsroute | fietsbeleid | fietsgebruik | bakfiets | fietsstimulering | fietsveiligheid'),
  concept('c_fietsparkeren', 'fietsparkeren', 'fietsenstalling | fietsenstallingen | fietsparkeren | fietsenrekken | fietsenrek | fietswrakken | weesfietsen | stallingsplekken | buurtstalling | fietskluis | fietskluizen'),
  concept('c_parkeren', 'parkeren', 'parkeren | parkeerplaats | parkeerplaatsen | parkeergarage | parkeervergunning | parkeerbeleid | parkeerdruk | parkeerhandhaving | betaald parkeren | parkeermeter | parkeerautomaat | blauwe zone | parkeersensor | parkeersensoren | scanauto | parkeerapp | parkeernorm | parkeerplek | parkeerplekken | parkeerterrein'),
  concept('c_openbaar_vervoer', 'openbaar vervoer', 'openbaar vervoer | ov | bus | bussen | tram | trein | metro | bushalte | halte | haltes | dienstregeling | vervoerder | ov-chipkaart | ov-concessie | busverbinding | hoogwaardig openbaar vervoer | hov'),
  concept('c_doelgroepenvervoer', 'doelgroepenvervoer', 'doelgroepenvervoer | leerlingenvervoer | wmo-vervoer | regiotaxi | vraagafhankelijk vervoer | aanvullend vervoer | valys | buurtbus | deeltaxi | zorgvervoer | vervoersvoorziening'),
  concept('c_verkeersveiligheid', 'verkeersveiligheid', 'verkeersveiligheid | verkeersongevallen | verkeersongeval | hardrijden | te hard rijden | snelheidsbeperking | verkeersdrempel | drempels | schoolzone | schoolomgeving | veilige schoolroute | schoolroutes | flitspaal | snelheidscontrole | 30 km | verkeersslachtoffers | oversteekplaats | zebrapad'),
  concept('c_verkeer', 'verkeer', 'verkeer | verkeersmanagement | verkeerslichten | verkeerslicht | vri | verkeersregelinstallatie | doorstroming | files | file | congestie | intelligente verkeerslichten | ivri | slimme verkeerslichten | verkeersdata | verkeersstromen | verkeersdrukte | sluipverkeer'),
  concept('c_logistiek', 'stadslogistiek', 'stadslogistiek | logistiek | bevoorrading | bezorging | pakketbezorging | pakketkluizen | pakketpunt | vrachtverkeer | distributie | bouwlogistiek | bezorgers | laad- en losplekken | venstertijden | cargobike | vrachtfiets'),
  concept('c_zero_emissie', 'zero-emissie', 'zero-emissiezone | zero-emissie | zero emissie | emissievrij | uitstootvrij | milieuzone | ze-zone | ze-zones | emissieloos | schone lucht akkoord'),
  concept('c_lopen', 'lopen', 'voetgangers | voetganger | lopen | wandelen | loopbaarheid | voetpaden | voetpad | wandelroutes | wandelroute | looproute | looproutes | wandelnetwerk'),
  concept('c_auto', 'auto', 'auto | autoverkeer | autogebruik | autobezit | automobilisten | automobilist | autoluw | autovrij'),
  concept('c_wegen', 'wegen', 'wegbeheer | wegonderhoud | asfalt | wegdek | rotonde | rotondes | kruispunt | kruispunten | wegreconstructie | wegwerkzaamheden | omleiding | omleidingen | snelweg | provinciale weg | rijbaan'),
  concept('c_mobiliteit', 'mobiliteit', 'mobiliteit | mobiliteitsbeleid | vervoer | bereikbaarheid | reizigers | reiziger | mobiliteitstransitie | duurzame mobiliteit | mobiliteitsplan | mobiliteitsvisie | woon-werkverkeer | reisgedrag'),
  concept('c_micromobiliteit', 'lichte elektrische voertuigen', 'e-step | e-steps | scooters | scooter | bromfiets | snorfiets | lev | lichte elektrische voertuigen | speedpedelec | speed pedelec | fatbike | fatbikes | stint'),
  concept('c_drones', 'drones', 'drone | drones | dronevlucht | dronevluchten | drone-inzet | dronebeelden | onbemande luchtvaart'),
  concept('c_waterstof', 'waterstof', 'waterstof | h2 | waterstoftankstation | waterstofauto | groene waterstof | waterstofbus | brandstofcel'),
];
