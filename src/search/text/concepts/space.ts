// SPDX-License-Identifier: EUPL-1.2
/** Thesaurus: public space, green, water and climate, waste and circularity, spatial planning, environment. */
import { concept, type ConceptDef } from './types.js';

export const SPACE_CONCEPTS: readonly ConceptDef[] = [
  concept('c_afval', 'afval', 'afval | afvalscheiding | afvalinzameling | grondstoffen | huishoudelijk afval | restafval | gft | pmd | ondergrondse container | ondergrondse containers | afvalcontainer | minicontainer | milieustraat | diftar | afvalbeleid | nascheiding | bronscheiding | afvalstromen | omgekeerd inzamelen | grondstoffenbeleid'),
  concept('c_zwerfafval', 'zwerfafval', 'zwerfafval | zwerfvuil | bijplaatsingen | bijplaatsing | afvaldumping | illegale dumping | dumpingen | prullenbakken | afvalbakken | vuilnisbakken | afvalprikkers | zwerfafvalvrij | peuken'),
  concept('c_circulair', 'circulaire economie', 'circulaire economie | circulair | circulariteit | hergebruik | recycling | recyclen | upcycling | kringloop | kringloopwinkel | repair café | reparatie | deeleconomie | materialenpaspoort | urban mining'),
  concept('c_klimaatadaptatie', 'klimaatadaptatie', 'klimaatadaptatie | hittestress | droogte | wateroverlast | hemelwater | regenwater | wadi | infiltratie | waterberging | klimaatbestendig | klimaatbestendigheid | regenton | afkoppelen | tegels eruit | hevige neerslag | extreme neerslag | klimaatstresstest | hitteplan | koele plekken | operatie steenbreek'),
  concept('c_water', 'water en riolering', 'water | riolering | riool | rioolstelsel | hemelwaterafvoer | grondwater | oppervlaktewater | waterschap | waterkwaliteit | gemaal | rioolwater | wateroverlast | waterbeheer | drinkwater'),
  concept('c_groen', 'groen', 'groen | vergroening | groenvoorziening | groenvoorzieningen | bomen | boom | park | parken | plantsoen | groene daken | groendak | gevelgroen | geveltuin | openbaar groen | groenbeheer | maaibeleid | tiny forest | groenstrook | boomplantdag | stadsbos'),
  concept('c_biodiversiteit', 'biodiversiteit', 'biodiversiteit | insecten | bijen | natuurinclusief | ecologie | flora en fauna | bloemenweide | bermbeheer | ecologisch beheer | natuurbeheer | stadsnatuur | insectenhotel | nestkasten | natuur'),
  concept('c_openbare_ruimte', 'openbare ruimte', 'openbare ruimte | buitenruimte | pleinen | plein | stoep | stoepen | trottoir | bestrating | inrichting openbare ruimte | beheer openbare ruimte | straatmeubilair | speelplekken | speeltuin | speelplaats'),
  concept('c_verlichting', 'openbare verlichting', 'openbare verlichting | straatverlichting | lantaarnpalen | lantaarnpaal | led-verlichting | slimme verlichting | lichtmast | lichtmasten | dimbare verlichting | lichthinder | straatlantaarn | straatlantaarns | lichtvervuiling | armatuur | armaturen | dimmen | adaptieve verlichting | ledverlichting | lichtpunt | lichtpunten | lichtplan'),
  concept('c_onderhoud', 'beheer en onderhoud', 'beheer en onderhoud | onderhoud | assetmanagement | areaalbeheer | areaal | beheerplan | onderhoudsplan | voorspellend onderhoud | predictive maintenance | schouw | inspecties'),
  concept('c_civiele_kunstwerken', 'bruggen en kades', 'bruggen | brug | kademuren | kademuur | kades | kade | viaducten | viaduct | tunnels | civiele kunstwerken | beschoeiing | walmuur'),
  concept('c_meldingen', 'meldingen openbare ruimte', 'melding openbare ruimte | meldingen openbare ruimte | mor | fixi | buitenbeter | klachten over de buurt | meldapp | meldingen over de buurt | melding over de straat'),
  concept('c_omgevingswet', 'Omgevingswet', 'omgevingswet | omgevingsplan | omgevingsvergunning | omgevingsvisie | omgevingsprogramma | dso | digitaal stelsel omgevingswet | omgevingsloket | omgevingstafel | omgevingsoverleg | bruidsschat | omgevingsdialoog'),
  concept('c_vergunningen', 'vergunningen', 'vergunning | vergunningen | vergunningverlening | vth | bouwvergunning | evenementenvergunning | vergunningaanvraag | ontheffing | ontheffingen | meldingsplicht | wkb | wet kwaliteitsborging | kwaliteitsborger | vergunningcheck | vergunningscheck'),
  concept('c_ruimtelijke_ordening', 'ruimtelijke ordening', 'ruimtelijke ordening | ruimtelijke ontwikkeling | gebiedsontwikkeling | stedenbouw | bestemmingsplan | bestemmingsplannen | structuurvisie | ruimtelijke planning | inbreiding | verdichting | binnenstedelijk bouwen | ruimtelijke kwaliteit'),
  concept('c_bodem', 'bodem en ondergrond', 'bodem | bodemverontreiniging | bodemkwaliteit | ondergrond | kabels en leidingen | bodemdaling | pfas | bodemsanering | grondverzet'),
  concept('c_luchtkwaliteit', 'luchtkwaliteit', 'luchtkwaliteit | fijnstof | stikstof | luchtvervuiling | luchtverontreiniging | stikstofdepositie | houtstook | roet | ultrafijnstof | schone lucht'),
  concept('c_geluid', 'geluid', 'geluidsoverlast | geluid | lawaai | geluidshinder | geluidsmeting | geluidsniveau | geluidsscherm | stil asfalt'),
  concept('c_milieu', 'milieu', 'milieu | milieubeleid | omgevingsdienst | milieudienst | milieuvergunning | milieucontrole | uitstoot | emissies | emissie'),
  concept('c_dieren', 'dieren', 'dierenwelzijn | huisdieren | honden | hondenbeleid | zwerfkatten | ongedierte | ratten | plaagdieren | eikenprocessierups | hondenpoep | uitlaatplaatsen | dierenambulance'),
  concept('c_gladheid', 'gladheidsbestrijding', 'gladheidsbestrijding | strooien | sneeuw | winterdienst | gladheid | strooiroute | strooizout | strooiwagen'),
  concept('c_evenementen', 'evenementen', 'evenementen | evenement | festival | festivals | kermis | koningsdag | jaarwisseling | oud en nieuw | braderie | evenemententerrein'),
  concept('c_landbouw', 'landbouw en platteland', 'landbouw | boeren | agrarisch | agrariërs | veehouderij | platteland | buitengebied | voedselproductie | korte keten | stadslandbouw | voedselbos | voedselbossen | boerderij | kringlooplandbouw'),
  concept('c_begraven', 'begraven', 'begraafplaats | begraafplaatsen | begraven | crematie | uitvaart | grafrechten | natuurbegraven'),
];
