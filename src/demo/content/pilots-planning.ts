// SPDX-License-Identifier: EUPL-1.2
/** Demo pilots on spatial planning and housing: the Omgevingswet, housing monitors, foundations, housing for elderly. */
import type { DemoPilot } from './types.js';

export const planningPilots: DemoPilot[] = [
  {
    key: 'vergunningcheck-deventer',
    title: 'Vergunningcheck in begrijpelijke taal voor veelvoorkomende verbouwingen',
    summary:
      'Deventer herschrijft de vragen van de vergunningcheck onder de Omgevingswet voor de tien meest voorkomende verbouwingen, zodat inwoners zelf kunnen zien of ze een vergunning nodig hebben.',
    what:
      'Sinds de invoering van de Omgevingswet bellen veel inwoners met de vraag of ze voor een dakkapel, schutting of aanbouw een vergunning nodig hebben. De vergunningcheck in het landelijke Omgevingsloket stelt vragen in juridische taal, waardoor mensen afhaken of een verkeerd antwoord krijgen. We herschrijven de vragen bij onze eigen toepasbare regels en testen ze met inwoners.',
    goal:
      'Minder telefoontjes en minder onnodige of onvolledige aanvragen. We willen dat acht van de tien testpersonen zonder hulp de juiste uitkomst krijgen.',
    deliverables:
      'Herschreven vragen en toelichtingen voor tien activiteiten, een testverslag met inwoners en een schrijfwijzer die andere gemeenten kunnen gebruiken voor hun eigen toepasbare regels.',
    approach:
      'Vergunningverleners en een tekstschrijver werken in korte rondes. Na elke ronde testen we met vijf inwoners. Zwolle, Apeldoorn, Olst-Wijhe en Raalte en de omgevingsdienst gebruiken de teksten en melden wat bij hen anders moet.',
    milestones:
      'Maart 2024: start met dakkapel en aanbouw. September 2024: vijf activiteiten gepubliceerd. Maart 2025: alle tien activiteiten gepubliceerd. Oktober 2025: schrijfwijzer gedeeld. Juni 2026: meting van belvolume en kwaliteit van aanvragen.',
    themes: ['spatial_planning', 'service_delivery'],
    tags: ['omgevingswet', 'vergunningcheck', 'omgevingsloket', 'begrijpelijke taal', 'verbouwen'],
    initiator: 'GM0150',
    initiatorUser: 'erik-brouwer',
    contactName: 'Erik Brouwer',
    contactEmail: 'erik.brouwer@deventer.example',
    participants: ['GM0193', 'GM0200', 'GM1773', 'GM0177', 'omgevingsdienst-lage-landen'],
    followers: ['bart-schouten', 'hanneke-mulder', 'emma-dekker', 'lotte-vermeulen'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-03-01',
    plannedEndDate: '2026-06-30',
    links: [{ label: 'Schrijfwijzer toepasbare regels', url: 'https://example.org/pilots/vergunningcheck/schrijfwijzer' }],
    published: true,
  },
  {
    key: 'toepasbare-regels-omgevingsplan',
    title: 'Samen toepasbare regels opstellen voor het omgevingsplan',
    summary:
      'De omgevingsdienst en vijftien gemeenten langs de IJssel en de Vecht maken samen één set toepasbare regels en vragenbomen voor onderwerpen die in alle omgevingsplannen terugkomen, zoals bouwen in het achtererfgebied.',
    what:
      'Onder de Omgevingswet moet elke gemeente haar regels omzetten naar vragenbomen in het digitale stelsel. Veel gemeenten doen dat nu ieder voor zich, met dezelfde onderwerpen en dezelfde fouten. We maken een gedeelde basis die gemeenten overnemen en alleen aanpassen waar hun regels echt afwijken.',
    goal:
      'Minder werk per gemeente, meer gelijke regels voor inwoners en bedrijven in de regio, en een vaste werkwijze voor onderhoud als regels veranderen.',
    deliverables:
      'Gedeelde toepasbare regels voor acht onderwerpen, een afsprakenset voor beheer en versiebeheer, en een overzicht per gemeente van afwijkingen.',
    approach:
      'Juristen en vergunningverleners uit de gemeenten werken in werkgroepen per onderwerp. De omgevingsdienst beheert de gedeelde regels. De provincie sluit aan voor onderwerpen waar provinciale regels meespelen.',
    milestones:
      'Juni 2024: start werkgroepen. Januari 2025: eerste drie onderwerpen gereed. Oktober 2025: acht onderwerpen gereed. Juni 2026: alle gemeenten gebruiken de gedeelde regels. Juni 2027: evaluatie van het beheer.',
    themes: ['spatial_planning', 'operations'],
    tags: ['omgevingsplan', 'toepasbare regels', 'omgevingswet', 'dso', 'regelbeheer'],
    initiator: 'omgevingsdienst-lage-landen',
    initiatorUser: 'dirk-hartman',
    contactName: 'Dirk Hartman',
    contactEmail: 'dirk.hartman@odlagelanden.example',
    participants: [
      'GM0150', 'GM0193', 'GM0200', 'GM1773', 'GM0177', 'GM0148', 'GM0166', 'GM0232', 'GM0285', 'GM0301',
      'GM0262', 'GM0213', 'GM0244', 'GM0246', 'GM0175', 'provincie-overijssel',
    ],
    followers: ['bart-schouten', 'klaas-schipper', 'lotte-vermeulen', 'yusuf-demir', 'ozlem-aydin'],
    phase: 'development',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-06-01',
    plannedEndDate: '2027-06-30',
    links: [{ label: 'Overzicht onderwerpen en werkgroepen', url: 'https://example.org/pilots/toepasbare-regels/overzicht' }],
    published: true,
  },
  {
    key: 'omgevingstafel-zwolle',
    title: 'Omgevingstafel: initiatiefnemers en adviseurs in één gesprek',
    summary:
      'Wie in Zwolle een groter bouw- of verbouwplan heeft, zit vóór de aanvraag één keer aan tafel met alle betrokken adviseurs tegelijk. Acht gemeenten in de regio werken inmiddels met dezelfde opzet.',
    what:
      'Initiatiefnemers moesten langs verschillende loketten: ruimtelijke ordening, milieu, brandveiligheid, erfgoed. Adviezen spraken elkaar soms tegen. Aan de omgevingstafel zitten alle adviseurs tegelijk, zodat knelpunten in één keer op tafel komen en de initiatiefnemer weet waar hij aan toe is.',
    goal:
      'Kortere doorlooptijd van idee tot vergunning, minder aanvragen die worden aangehouden en tevreden initiatiefnemers. Ook voor kleinere gemeenten met weinig adviseurs moet het werkbaar zijn.',
    deliverables:
      'Een werkwijze met rollen, een vast verslagformat, afspraken met omgevingsdienst en veiligheidsregio over deelname, en een halfjaarlijkse meting van doorlooptijd en tevredenheid.',
    approach:
      'Zwolle startte in 2024; de andere gemeenten namen de werkwijze over en passen haar aan op hun eigen organisatie. Kleine gemeenten delen soms adviseurs. Twee keer per jaar komen de coördinatoren van de omgevingstafels bij elkaar.',
    milestones:
      'Januari 2024: eerste omgevingstafels in Zwolle. September 2024: werkwijze beschreven. Voorjaar 2025: vijf gemeenten. Najaar 2025: acht gemeenten. Juni 2026: gezamenlijke evaluatie.',
    themes: ['spatial_planning', 'service_delivery'],
    tags: ['omgevingswet', 'omgevingstafel', 'vooroverleg', 'vergunningen', 'integraal advies'],
    initiator: 'GM0193',
    initiatorUser: 'gerrit-jan-dijkman',
    contactName: 'Gerrit-Jan Dijkman',
    contactEmail: 'gerritjan.dijkman@zwolle.example',
    participants: [
      'GM0148', 'GM0166', 'GM0119', 'GM1708', 'GM0180', 'GM1896', 'GM0175', 'omgevingsdienst-lage-landen',
      'veiligheidsregio-midden-delta',
    ],
    followers: ['erik-brouwer', 'bart-schouten', 'kevin-martina'],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'organisational',
    degree: 'incremental',
    startDate: '2024-01-15',
    plannedEndDate: '2026-06-30',
    links: [{ label: 'Werkwijze omgevingstafel', url: 'https://example.org/pilots/omgevingstafel/werkwijze' }],
    published: true,
  },
  {
    key: 'woningbouwmonitor-eindhoven',
    title: 'Woningbouwmonitor: planvoorraad en opleveringen in één beeld',
    summary:
      'Eindhoven en vier buurgemeenten maakten een monitor die laat zien hoeveel woningen er in welke fase van planvorming zitten en hoeveel er worden opgeleverd. Afgerond en in gebruik bij de regionale woningbouwafspraken.',
    what:
      'Voor de woondeal moesten gemeenten steeds opnieuw lijsten met bouwprojecten aanleveren, telkens in een ander format. De cijfers kwamen uit spreadsheets van projectleiders en sloten niet op elkaar aan. De monitor koppelt projectgegevens aan de basisregistratie adressen en gebouwen, zodat opleveringen automatisch worden bijgewerkt.',
    goal:
      'Eén betrouwbare bron voor de woningbouwcijfers in de regio, die elk kwartaal zonder extra uitvraag beschikbaar is.',
    deliverables:
      'De monitor, een gezamenlijk format voor projectgegevens, afspraken over wie wat bijhoudt, en een open dataset op het niveau van projecten.',
    approach:
      'Projectleiders van de afdeling Wonen en de afdeling Onderzoek ontwikkelden het format samen. Helmond, Veldhoven, Waalre en Geldrop-Mierlo leveren hun gegevens in hetzelfde format aan.',
    milestones:
      'Januari 2024: start. Juni 2024: eerste versie met Eindhovense projecten. Oktober 2024: buurgemeenten aangesloten. Juni 2025: gebruikt voor de regionale woningbouwafspraken; pilot afgerond.',
    themes: ['spatial_planning', 'data_technology'],
    tags: ['woningbouw', 'monitor', 'planvoorraad', 'open data', 'bag'],
    initiator: 'GM0772',
    initiatorUser: 'ozlem-aydin',
    contactName: 'Özlem Aydın',
    contactEmail: 'ozlem.aydin@eindhoven.example',
    participants: ['GM0794', 'GM0861', 'GM0866', 'GM1771'],
    followers: ['klaas-schipper', 'ruben-alberts', 'gerrit-jan-dijkman'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'implement',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-08',
    plannedEndDate: '2025-06-30',
    links: [{ label: 'Open dataset woningbouwprojecten', url: 'https://example.org/pilots/woningbouwmonitor/dataset' }],
    published: true,
  },
  {
    key: 'funderingen-voorspellen-zaanstad',
    title: 'Funderingsproblemen voorspellen met metingen en bouwjaargegevens',
    summary:
      'Zaanstad maakt een kaart die per straat de kans op funderingsschade inschat, zodat eigenaren eerder worden gewaarschuwd en herstel per blok kan worden georganiseerd.',
    what:
      'In Zaanstad staan duizenden woningen op houten palen of op staal, in een gebied met bodemdaling en wisselend grondwater. Schade wordt vaak pas ontdekt als scheuren zichtbaar zijn en herstel duur is. We combineren satellietmetingen van bodemdaling, bouwjaar, funderingstype uit archieven en grondwaterstanden.',
    goal:
      'Een kaart die betrouwbaar genoeg is om eigenaren in risicostraten actief te benaderen, en een aanpak voor gezamenlijk herstel per bouwblok.',
    deliverables:
      'Een risicokaart met uitleg over de onzekerheid, een toetsing aan 200 uitgevoerde funderingsonderzoeken, en een advies over communicatie met eigenaren.',
    approach:
      'Ingenieursbureau Dijkstra & Van Wely en Hogeschool De Delta bouwen en toetsen het model. Gouda en Dordrecht hebben vergelijkbare problemen en leveren gegevens van hun eigen funderingsonderzoeken.',
    milestones:
      'Oktober 2024: start. Juni 2025: eerste versie risicokaart. Januari 2026: toetsing aan funderingsonderzoeken. Juni 2026: advies over communicatie. December 2026: besluit over gebruik.',
    themes: ['spatial_planning', 'data_technology'],
    tags: ['funderingen', 'paalrot', 'bodemdaling', 'risicokaart', 'woningvoorraad'],
    initiator: 'GM0479',
    initiatorUser: 'martijn-koster',
    contactName: 'Martijn Koster',
    contactEmail: 'martijn.koster@zaanstad.example',
    participants: ['GM0513', 'GM0505', 'ib-dijkstra-van-wely', 'hogeschool-de-delta'],
    followers: ['arjen-bosman', 'ozlem-aydin'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'component',
    startDate: '2024-10-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'tijdelijke-woningen-hollands-kroon',
    title: 'Tijdelijke woningen op kavels die nog jaren braak liggen',
    summary: 'Kavels die pas over vijf tot tien jaar bebouwd worden, tijdelijk gebruiken voor flexwoningen voor starters en spoedzoekers.',
    what:
      'Er liggen in een paar kernen kavels die pas later aan de beurt zijn. Tegelijk zoeken jongeren, gescheiden ouders en arbeidsmigranten dringend woonruimte. Idee: verplaatsbare woningen voor tien jaar.',
    goal: 'Nog uitwerken met wonen en ruimtelijke ordening.',
    deliverables: 'Eerst een lijst van geschikte kavels en een globale kostenraming.',
    approach: 'Inventarisatie van kavels, gesprek met de corporatie.',
    milestones: 'Voorjaar 2026: inventarisatie. Zomer 2026: kostenraming.',
    themes: ['spatial_planning', 'social_domain'],
    tags: ['tijdelijke woningen', 'flexwonen', 'woningnood', 'braakliggende grond'],
    initiator: 'GM1911',
    initiatorUser: 'klaas-schipper',
    contactName: 'Klaas Schipper',
    contactEmail: 'klaas.schipper@hollandskroon.example',
    participants: [],
    followers: [],
    phase: 'idea',
    status: 'running',
    startDate: '2026-03-01',
    plannedEndDate: '2027-12-31',
    links: [],
    published: false,
  },
  {
    key: 'digitale-tweeling-dorpskern',
    title: 'Digitale tweeling van een dorpskern voor gesprekken over inrichting',
    summary:
      'Het lectoraat Digitale Samenleving wil een eenvoudig 3D-model van een dorpskern maken, waarin bewoners varianten voor herinrichting kunnen bekijken. We zoeken een gemeente met een concreet herinrichtingsplan.',
    what:
      'Bij herinrichting van een dorpsplein of hoofdstraat praten bewoners vaak over tekeningen die ze moeilijk kunnen lezen. Een 3D-model op basis van open gegevens (gebouwen, hoogtes, bomen) kan helpen om varianten te vergelijken: waar komt de schaduw, hoeveel parkeerplaatsen blijven er over? We weten nog niet of dit het gesprek echt beter maakt.',
    goal:
      'Onderzoeken of een digitale tweeling bewoners helpt om beter geïnformeerd mee te praten, en wat het een gemeente kost om zo\'n model te maken en bij te houden.',
    deliverables:
      'Een model van één dorpskern, twee bewonersavonden waarin het wordt gebruikt, en een onderzoeksverslag.',
    approach:
      'Studenten bouwen het model met open gegevens. Het Kenniscentrum Publieke Innovatie helpt met de onderzoeksopzet. We zoeken een gemeente die een herinrichting in de planning heeft en het model wil gebruiken in de participatie.',
    milestones:
      'Februari 2026: start en werving van een gemeente. Mei 2026: model klaar. Oktober 2026: bewonersavonden. Januari 2027: verslag.',
    themes: ['spatial_planning', 'democracy', 'data_technology'],
    tags: ['digitale tweeling', '3d-model', 'herinrichting', 'participatie', 'dorpskern'],
    initiator: 'hogeschool-noorderlicht',
    initiatorUser: 'ilse-verbruggen',
    contactName: 'Ilse Verbruggen',
    contactEmail: 'ilse.verbruggen@noorderlicht.example',
    participants: ['kenniscentrum-publieke-innovatie'],
    followers: ['pieter-de-vries', 'grietje-wiersma'],
    phase: 'idea',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'radical',
    level: 'technology',
    startDate: '2026-02-01',
    plannedEndDate: '2027-01-31',
    links: [],
    published: true,
  },
  {
    key: 'hofjes-ouderen-meierijstad',
    title: 'Samen oud worden in een hofje: woongroepen tegen eenzaamheid',
    summary:
      'Meierijstad onderzoekt met de woningcorporatie of kleine hofjes met gelijkvloerse woningen en een gezamenlijke tuin ouderen langer zelfstandig en minder eenzaam laten wonen.',
    what:
      'Veel ouderen wonen in een te grote eengezinswoning en zien weinig mensen. Ze willen wel verhuizen, maar niet naar een flat waar ze niemand kennen. Een hofje van twaalf tot twintig woningen, waar bewoners zelf afspraken maken over burenhulp, kan een tussenvorm zijn. Het idee komt van een groep inwoners.',
    goal:
      'Een haalbaarheidsonderzoek voor een eerste hofje, met een locatie, een bewonersgroep en een financieel plan, en een besluit of de gemeente het ondersteunt.',
    deliverables:
      'Een locatieonderzoek, een bewonerspeiling onder 65-plussers en een plan van aanpak met de corporatie.',
    approach:
      'We werken met de initiatiefgroep van inwoners en Woonstichting Thuisbasis. Boxtel en Bernheze hebben vergelijkbare vragen en denken mee.',
    milestones:
      'Juni 2025: start. November 2025: bewonerspeiling. April 2026: locatiekeuze. December 2026: plan van aanpak en besluit.',
    themes: ['spatial_planning', 'social_domain'],
    tags: ['eenzaamheid', 'ouderenhuisvesting', 'hofje', 'woongroep', 'langer thuis'],
    initiator: 'GM1948',
    initiatorUser: 'ruben-alberts',
    contactName: 'Ruben Alberts',
    contactEmail: 'ruben.alberts@meierijstad.example',
    participants: ['GM0757', 'GM1721', 'woonstichting-thuisbasis'],
    followers: ['maud-lemmens', 'gerda-huisman', 'sytske-de-jong'],
    phase: 'idea',
    status: 'running',
    purpose: 'convince',
    object: 'social',
    startDate: '2025-06-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
];
