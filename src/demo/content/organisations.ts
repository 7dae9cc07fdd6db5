// SPDX-License-Identifier: EUPL-1.2
/**
 * Non-municipal demo organisations. All names are invented, except the province, which is a real body;
 * municipalities are referenced by CBS code and are not listed here.
 */
import type { DemoOrganisation } from './types.js';

export const demoOrganisations: DemoOrganisation[] = [
  // --- Platform ---
  {
    key: 'pilotstarter-team',
    name: 'Stichting Pilotstarter',
    type: 'foundation',
    website: 'https://example.org/pilotstarter',
    description:
      'Beheert het platform Pilotstarter. Het team modereert pilots, verbindt vergelijkbare initiatieven en levert pilotcoaches.',
  },

  // --- Samenwerkingsverbanden ---
  {
    key: 'werkorganisatie-eems-dollard',
    name: 'Werkorganisatie Eems-Dollard',
    type: 'partnership',
    website: 'https://example.org/werkorganisatie-eems-dollard',
    description:
      'Gezamenlijke ambtelijke organisatie van een aantal Noord-Groninger gemeenten. Voert onder meer belastingen, ICT en schulddienstverlening uit.',
  },
  {
    key: 'regio-twentse-heuvels',
    name: 'Regio Twentse Heuvels',
    type: 'partnership',
    description:
      'Samenwerkingsverband van Twentse gemeenten voor doelgroepenvervoer, inkoop van jeugdhulp en de regionale arbeidsmarkt.',
  },
  {
    key: 'gr-rivierenzoom',
    name: 'Sociaal Werkbedrijf Rivierenzoom',
    type: 'partnership',
    description:
      'Gemeenschappelijke regeling die voor gemeenten langs de grote rivieren de Participatiewet en beschut werk uitvoert.',
  },
  {
    key: 'belastingsamenwerking-zuidwest',
    name: 'Belastingsamenwerking Zuidwest',
    type: 'partnership',
    website: 'https://example.org/belastingsamenwerking-zuidwest',
    description:
      'Heft en int gemeentelijke belastingen voor gemeenten in West-Brabant en Zeeland, inclusief de afhandeling van kwijtschelding.',
  },
  {
    key: 'servicecentrum-peelhorst',
    name: 'Servicecentrum De Peelhorst',
    type: 'partnership',
    description: 'Gedeelde dienst van vier Peelgemeenten voor ICT, informatiebeheer, inkoop en salarisadministratie.',
  },
  {
    key: 'veiligheidsregio-midden-delta',
    name: 'Veiligheidsregio Midden-Delta',
    type: 'partnership',
    description:
      'Brandweer, crisisbeheersing en geneeskundige hulpverlening voor de gemeenten in de regio. Adviseert bij vergunningen over brandveiligheid.',
  },
  {
    key: 'rbl-westkust',
    name: 'Regionaal Bureau Leerplicht Westkust',
    type: 'partnership',
    description:
      'Voert leerplicht en de regionale meld- en coördinatiefunctie voortijdig schoolverlaten (RMC) uit voor de gemeenten in de Kop van Noord-Holland.',
  },
  {
    key: 'omgevingsdienst-lage-landen',
    name: 'Omgevingsdienst Lage Landen',
    type: 'partnership',
    website: 'https://example.org/omgevingsdienst-lage-landen',
    description:
      'Voert vergunningverlening, toezicht en handhaving op het gebied van milieu en bouwen uit voor gemeenten langs de IJssel en de Vecht.',
  },
  {
    key: 'ggd-veenweide-rivieren',
    name: 'GGD Veenweide en Rivieren',
    type: 'partnership',
    description: 'Gemeentelijke gezondheidsdienst voor publieke gezondheid, jeugdgezondheidszorg en gezondheidsmonitoring.',
  },

  // --- Andere overheden ---
  {
    key: 'provincie-overijssel',
    name: 'Provincie Overijssel',
    type: 'government',
    description: 'Provinciaal bestuur. Betrokken bij pilots over laadinfrastructuur, bedrijventerreinen en regionale mobiliteit.',
  },
  {
    key: 'waterschap-groote-waard',
    name: 'Waterschap Groote Waard',
    type: 'government',
    website: 'https://example.org/waterschap-groote-waard',
    description:
      'Zorgt voor dijken, waterpeil en zuivering van afvalwater in het rivierengebied. Werkt met gemeenten aan klimaatadaptatie.',
  },
  {
    key: 'lubi',
    name: 'Landelijk Uitvoeringsbureau Inkomensondersteuning (LUBI)',
    type: 'government',
    description:
      'Landelijke uitvoeringsorganisatie die gemeenten ondersteunt bij inkomenstoetsen en gegevensuitwisseling voor minimaregelingen.',
  },
  {
    key: 'rdd',
    name: 'Rijksdienst voor Digitale Dienstverlening',
    type: 'government',
    description:
      'Rijksdienst die gemeenschappelijke voorzieningen en standaarden voor digitale dienstverlening ontwikkelt en beheert.',
  },
  {
    key: 'riec-maas-kempen',
    name: 'RIEC Maas en Kempen',
    type: 'government',
    description:
      'Regionaal informatie- en expertisecentrum dat gemeenten, politie, OM en Belastingdienst ondersteunt bij de aanpak van ondermijning.',
  },

  // --- Bedrijven ---
  {
    key: 'raadhuis-digitaal',
    name: 'Raadhuis Digitaal B.V.',
    type: 'company',
    website: 'https://example.org/raadhuis-digitaal',
    description: 'Softwareleverancier van chatbots en klantcontactoplossingen voor overheden.',
  },
  {
    key: 'datavonk',
    name: 'Datavonk B.V.',
    type: 'company',
    description: 'Adviesbureau voor data-analyse, process mining en voorspelmodellen in de publieke sector.',
  },
  {
    key: 'ib-dijkstra-van-wely',
    name: 'Ingenieursbureau Dijkstra & Van Wely',
    type: 'company',
    description: 'Ingenieursbureau voor waterbeheer, funderingen, riolering en inrichting van de openbare ruimte.',
  },
  {
    key: 'sensorik',
    name: 'Sensorik Nederland B.V.',
    type: 'company',
    description: 'Levert en beheert sensoren en meetnetten voor temperatuur, luchtkwaliteit, water en verlichting.',
  },
  {
    key: 'laadwerk',
    name: 'Laadwerk Energie B.V.',
    type: 'company',
    description: 'Plaatst en exploiteert openbare laadpunten en snellaadstations in opdracht van gemeenten en provincies.',
  },
  {
    key: 'kaartlaag',
    name: 'Kaartlaag B.V.',
    type: 'company',
    website: 'https://example.org/kaartlaag',
    description: 'Klein bureau voor geo-informatie en analyse van luchtfoto\'s en satellietbeelden.',
  },
  {
    key: 'buurtbegroot',
    name: 'Buurtbegroot B.V.',
    type: 'company',
    description: 'Ontwikkelt een online platform waarop bewoners voorstellen doen en stemmen over wijkbudgetten.',
  },
  {
    key: 'vlot-mobiliteit',
    name: 'Vlot Mobiliteitsadvies',
    type: 'company',
    description: 'Verkeerskundig adviesbureau voor deelmobiliteit, verkeersveiligheid en parkeerbeleid.',
  },
  {
    key: 'zuidnet',
    name: 'Zuidnet Netbeheer',
    type: 'company',
    description: 'Regionale netbeheerder voor elektriciteit en gas in het zuiden van het land.',
  },

  // --- Kennisinstellingen ---
  {
    key: 'hogeschool-noorderlicht',
    name: 'Hogeschool Noorderlicht',
    type: 'knowledge_institute',
    website: 'https://example.org/hogeschool-noorderlicht',
    description:
      'Hogeschool in het noorden van het land. Het lectoraat Digitale Samenleving doet praktijkgericht onderzoek met gemeenten.',
  },
  {
    key: 'hogeschool-de-delta',
    name: 'Hogeschool De Delta',
    type: 'knowledge_institute',
    description: 'Hogeschool met onderzoeksgroepen voor klimaatadaptatie, waterbeheer en de gebouwde omgeving.',
  },
  {
    key: 'hogeschool-oostpoort',
    name: 'Hogeschool Oostpoort',
    type: 'knowledge_institute',
    description: 'Hogeschool voor toegepaste wetenschappen met lectoraten in informatiemanagement en sociale veerkracht.',
  },
  {
    key: 'kenniscentrum-publieke-innovatie',
    name: 'Kenniscentrum Publieke Innovatie',
    type: 'knowledge_institute',
    description:
      'Onafhankelijk onderzoekscentrum dat pilots in de publieke sector evalueert en gemeenten helpt resultaten te borgen.',
  },
  {
    key: 'instituut-lokaal-bestuur',
    name: 'Instituut voor Lokaal Bestuur',
    type: 'knowledge_institute',
    description: 'Onderzoeksinstituut voor lokale democratie, raadswerk en de verhouding tussen inwoners en gemeente.',
  },

  // --- Stichtingen ---
  {
    key: 'woonstichting-thuisbasis',
    name: 'Woonstichting Thuisbasis',
    type: 'foundation',
    website: 'https://example.org/woonstichting-thuisbasis',
    description: 'Woningcorporatie met ruim 30.000 huurwoningen verspreid over meerdere provincies.',
  },
  {
    key: 'buurtkracht-zuid',
    name: 'Stichting Buurtkracht Zuid',
    type: 'foundation',
    description: 'Bewonersorganisatie die buurtinitiatieven ondersteunt met opbouwwerk, ruimte en kleine budgetten.',
  },
  {
    key: 'bibliotheek-leeswolk',
    name: 'Bibliotheek De Leeswolk',
    type: 'foundation',
    description:
      'Regionale bibliotheekorganisatie met vestigingen in twaalf gemeenten. Biedt onder meer digitale hulp en taalcafés.',
  },
  {
    key: 'welzijn-samen-oud',
    name: 'Stichting Welzijn Samen Oud',
    type: 'foundation',
    description: 'Welzijnsorganisatie voor ouderen. Werkt met ruim 900 vrijwilligers aan ontmoeting en ondersteuning thuis.',
  },
  {
    key: 'geldzorgen-de-baas',
    name: 'Stichting Geldzorgen de Baas',
    type: 'foundation',
    description: 'Leidt ervaringsdeskundigen op die inwoners met geldzorgen bijstaan, naast de gemeentelijke schuldhulp.',
  },
  {
    key: 'energiecooperatie-zonnedorp',
    name: 'Energiecoöperatie Zonnedorp',
    type: 'foundation',
    description: 'Coöperatie van inwoners die gezamenlijk zonnedaken exploiteert en buren helpt met energiebesparing.',
  },
  {
    key: 'stichting-codeklas',
    name: 'Stichting Codeklas',
    type: 'foundation',
    website: 'https://example.org/stichting-codeklas',
    description: 'Vrijwilligers die basisschoolkinderen leren programmeren, meestal in samenwerking met bibliotheken.',
  },
  {
    key: 'mantelzorg-dichtbij',
    name: 'Stichting Mantelzorg Dichtbij',
    type: 'foundation',
    description: 'Steunpunt voor mantelzorgers: informatie, respijtzorg en lotgenotencontact.',
  },
];
