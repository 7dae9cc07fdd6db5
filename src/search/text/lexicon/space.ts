// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: public space and living environment — streets and green, water and climate adaptation, waste and
 * raw materials, spatial planning (Omgevingswet), nature, air, soil and noise.
 */

export const SPACE_WORDS = `
openbare ruimte buitenruimte straat plein stoep trottoir bestrating klinker tegel asfalt wegdek berm sloot
gracht kade kademuur brug viaduct tunnel duiker steiger oever haven jachthaven strand duin dijk
park plantsoen groen groenstrook groenvoorziening grasveld gazon bloemperk perk bosje bos stadsbos
natuur natuurgebied natuurbeheer stadsnatuur biodiversiteit ecologie ecoloog insect bij vlinder egel
bloemenweide boom bomen boomkroon boomwortel boomspiegel haag heg struik gras kruid onkruid mos
vergroening gevelgroen gevel geveltuin groendak dakpark tuin moestuin volkstuin schooltuin voedselbos
maaien maaibeleid snoei snoeiafval bladafval blad bladkorf
water waterberging waterbeheer waterschap waterkwaliteit waterpeil grondwater oppervlaktewater
hemelwater regenwater neerslag regen bui hoosbui wolkbreuk wateroverlast overstroming droogte hitte
hittestress verkoeling schaduw klimaat klimaatadaptatie klimaatverandering klimaatbestendigheid
wadi infiltratie afkoppeling regenton riool riolering rioolstelsel rioolwater gemaal pomp afvoer
bodem ondergrond bodemdaling bodemverontreiniging verontreiniging sanering grondverzet
lucht luchtkwaliteit fijnstof stikstof uitstoot emissie geur geurhinder geluid geluidshinder lawaai
milieu milieuzone milieustraat milieubeleid milieudienst omgevingsdienst
afval afvalscheiding afvalinzameling inzameling scheiding restafval gft pmd plastic papier karton glas textiel
grofvuil grondstof recycling hergebruik kringloop kringloopwinkel repair reparatie circulariteit
container minicontainer verzamelcontainer afvalbak prullenbak vuilnisbak vuilniszak afvalpas diftar
zwerfafval zwerfvuil bijplaatsing dumping afvaldumping vuil veegroute veegwagen reiniging reinigingsdienst
straatmeubilair bankje speeltoestel fontein kunstwerk monument standbeeld lantaarnpaal lichtmast
verlichting straatverlichting armatuur reclame bewegwijzering markering belijning paaltje
beheer onderhoud areaal inspectie schouw assetmanagement beheerplan onderhoudsplan
omgevingswet omgevingsplan omgevingsvisie omgevingsvergunning omgevingsprogramma omgevingstafel
bestemmingsplan bestemming ruimtelijke ordening stedenbouw stedenbouwkundige gebiedsontwikkeling
planvorming kavel perceel bouwkavel bouwgrond grondexploitatie grondbeleid grondprijs
landschap platteland buitengebied erf boerenerf landbouw veehouderij agrarier boer akker weiland
begraafplaats crematorium markt marktplaats kermis evenement festival
dierenwelzijn huisdier zwerfkat ongedierte rat muis plaagdier duif meeuw eikenprocessierups wesp
gladheid gladheidsbestrijding strooien strooizout sneeuw winterdienst storm stormschade
`;
