// SPDX-License-Identifier: EUPL-1.2
/** Demo users. E-mail addresses always end in `.example`, so no real address is ever mailed. */
import type { DemoUser } from './types.js';

export const demoUsers: DemoUser[] = [
  { key: 'sanne-bakker', name: 'Sanne Bakker', email: 'sanne.bakker@pilotstarter.example', organisation: 'pilotstarter-team', role: 'admin', jobTitle: 'Platformbeheerder' },
  { key: 'yusuf-demir', name: 'Yusuf Demir', email: 'yusuf.demir@pilotstarter.example', organisation: 'pilotstarter-team', role: 'moderator', jobTitle: 'Communitymanager' },
  { key: 'lotte-vermeulen', name: 'Lotte Vermeulen', email: 'lotte.vermeulen@pilotstarter.example', organisation: 'pilotstarter-team', role: 'moderator', jobTitle: 'Moderator en pilotcoach' },
  { key: 'mohamed-el-amrani', name: 'Mohamed el Amrani', email: 'mohamed.elamrani@rotterdam.example', organisation: 'GM0599', role: 'member', jobTitle: 'Programmamanager datagedreven werken' }, // Rotterdam
  { key: 'ingrid-van-der-meer', name: 'Ingrid van der Meer', email: 'ingrid.vandermeer@rotterdam.example', organisation: 'GM0599', role: 'member', jobTitle: 'Beleidsadviseur schuldhulpverlening' }, // Rotterdam
  { key: 'thijs-hoekstra', name: 'Thijs Hoekstra', email: 'thijs.hoekstra@utrecht.example', organisation: 'GM0344', role: 'member', jobTitle: 'Innovatieadviseur stadsbeheer' }, // Utrecht
  { key: 'priya-ramdin', name: 'Priya Ramdin', email: 'priya.ramdin@utrecht.example', organisation: 'GM0344', role: 'member', jobTitle: 'Projectleider buurtbudgetten' }, // Utrecht
  { key: 'daan-visser', name: 'Daan Visser', email: 'daan.visser@amsterdam.example', organisation: 'GM0363', role: 'member', jobTitle: 'Adviseur laadinfrastructuur' }, // Amsterdam
  { key: 'noor-bouzid', name: 'Noor Bouzid', email: 'noor.bouzid@amsterdam.example', organisation: 'GM0363', role: 'member', jobTitle: 'Productowner digitale dienstverlening' }, // Amsterdam
  { key: 'kees-de-graaf', name: 'Kees de Graaf', email: 'kees.degraaf@denhaag.example', organisation: 'GM0518', role: 'member', jobTitle: 'Senior adviseur klimaatadaptatie' }, // Den Haag
  { key: 'esther-kok', name: 'Esther Kok', email: 'esther.kok@denhaag.example', organisation: 'GM0518', role: 'member', jobTitle: 'Teamleider klantcontactcentrum' }, // Den Haag
  { key: 'hamid-karimi', name: 'Hamid Karimi', email: 'hamid.karimi@denhaag.example', organisation: 'GM0518', role: 'member', jobTitle: 'Data-analist sociaal domein' }, // Den Haag
  { key: 'marleen-postma', name: 'Marleen Postma', email: 'marleen.postma@groningen.example', organisation: 'GM0014', role: 'member', jobTitle: 'Programmaleider energie in de wijk' }, // Groningen
  { key: 'bram-van-dijk', name: 'Bram van Dijk', email: 'bram.vandijk@tilburg.example', organisation: 'GM0855', role: 'member', jobTitle: 'Data-analist' }, // Tilburg
  { key: 'fatma-yilmaz', name: 'Fatma Yılmaz', email: 'fatma.yilmaz@tilburg.example', organisation: 'GM0855', role: 'member', jobTitle: 'Adviseur basisregistraties' }, // Tilburg
  { key: 'ruud-smits', name: 'Ruud Smits', email: 'ruud.smits@eindhoven.example', organisation: 'GM0772', role: 'member', jobTitle: 'Projectleider slimme mobiliteit' }, // Eindhoven
  { key: 'ozlem-aydin', name: 'Özlem Aydın', email: 'ozlem.aydin@eindhoven.example', organisation: 'GM0772', role: 'member', jobTitle: 'Adviseur wonen en monitoring' }, // Eindhoven
  { key: 'annelies-ter-horst', name: 'Annelies ter Horst', email: 'annelies.terhorst@enschede.example', organisation: 'GM0153', role: 'member', jobTitle: 'Strategisch adviseur veiligheid' }, // Enschede
  { key: 'gerrit-jan-dijkman', name: 'Gerrit-Jan Dijkman', email: 'gerritjan.dijkman@zwolle.example', organisation: 'GM0193', role: 'member', jobTitle: 'Omgevingsmanager' }, // Zwolle
  { key: 'iris-lubbers', name: 'Iris Lubbers', email: 'iris.lubbers@zwolle.example', organisation: 'GM0193', role: 'member', jobTitle: 'Adviseur mobiliteit' }, // Zwolle
  { key: 'sytske-de-jong', name: 'Sytske de Jong', email: 'sytske.dejong@leeuwarden.example', organisation: 'GM0080', role: 'member', jobTitle: 'Beleidsmedewerker Wmo' }, // Leeuwarden
  { key: 'wouter-janssen', name: 'Wouter Janssen', email: 'wouter.janssen@nijmegen.example', organisation: 'GM0268', role: 'member', jobTitle: 'Adviseur energietransitie' }, // Nijmegen
  { key: 'linda-hermans', name: 'Linda Hermans', email: 'linda.hermans@arnhem.example', organisation: 'GM0202', role: 'member', jobTitle: 'Projectleider wijkteams' }, // Arnhem
  { key: 'jeroen-van-beek', name: 'Jeroen van Beek', email: 'jeroen.vanbeek@dordrecht.example', organisation: 'GM0505', role: 'member', jobTitle: 'Coördinator Smart City' }, // Dordrecht
  { key: 'hanneke-mulder', name: 'Hanneke Mulder', email: 'hanneke.mulder@amersfoort.example', organisation: 'GM0307', role: 'member', jobTitle: 'Adviseur dienstverlening' }, // Amersfoort
  { key: 'rachid-amzil', name: 'Rachid Amzil', email: 'rachid.amzil@breda.example', organisation: 'GM0758', role: 'member', jobTitle: 'Informatieadviseur openbare orde en veiligheid' }, // Breda
  { key: 'eva-martens', name: 'Eva Martens', email: 'eva.martens@breda.example', organisation: 'GM0758', role: 'member', jobTitle: 'Verkeerskundige' }, // Breda
  { key: 'maud-lemmens', name: 'Maud Lemmens', email: 'maud.lemmens@maastricht.example', organisation: 'GM0935', role: 'member', jobTitle: 'Beleidsadviseur ouderenbeleid' }, // Maastricht
  { key: 'kevin-martina', name: 'Kevin Martina', email: 'kevin.martina@almere.example', organisation: 'GM0034', role: 'member', jobTitle: 'Projectleider mobiliteitshubs' }, // Almere
  { key: 'charlotte-van-rijn', name: 'Charlotte van Rijn', email: 'charlotte.vanrijn@haarlem.example', organisation: 'GM0392', role: 'member', jobTitle: 'Adviseur democratische vernieuwing' }, // Haarlem
  { key: 'erik-brouwer', name: 'Erik Brouwer', email: 'erik.brouwer@deventer.example', organisation: 'GM0150', role: 'member', jobTitle: 'Teamleider Omgevingswet' }, // Deventer
  { key: 'anouk-willems', name: 'Anouk Willems', email: 'anouk.willems@apeldoorn.example', organisation: 'GM0200', role: 'member', jobTitle: 'Adviseur financiële processen' }, // Apeldoorn
  { key: 'harm-bos', name: 'Harm Bos', email: 'harm.bos@assen.example', organisation: 'GM0106', role: 'member', jobTitle: 'Teamleider wijkbeheer' }, // Assen
  { key: 'jolanda-kuipers', name: 'Jolanda Kuipers', email: 'jolanda.kuipers@emmen.example', organisation: 'GM0114', role: 'member', jobTitle: 'Consulent schulddienstverlening' }, // Emmen
  { key: 'pieter-de-vries', name: 'Pieter de Vries', email: 'pieter.devries@sudwestfryslan.example', organisation: 'GM1900', role: 'member', jobTitle: 'Beleidsadviseur kernen en leefbaarheid' }, // Súdwest-Fryslân
  { key: 'grietje-wiersma', name: 'Grietje Wiersma', email: 'grietje.wiersma@hethogeland.example', organisation: 'GM1966', role: 'member', jobTitle: 'Adviseur participatie' }, // Het Hogeland
  { key: 'stefan-claes', name: 'Stefan Claes', email: 'stefan.claes@heerlen.example', organisation: 'GM0917', role: 'member', jobTitle: 'Manager informatievoorziening' }, // Heerlen
  { key: 'dewi-sastro', name: 'Dewi Sastrowardoyo', email: 'dewi.sastrowardoyo@delft.example', organisation: 'GM0503', role: 'member', jobTitle: 'Adviseur data-ethiek' }, // Delft
  { key: 'tom-verhoeven', name: 'Tom Verhoeven', email: 'tom.verhoeven@venlo.example', organisation: 'GM0983', role: 'member', jobTitle: 'Beleidsadviseur mantelzorg' }, // Venlo
  { key: 'ayse-kaya', name: 'Ayşe Kaya', email: 'ayse.kaya@zaanstad.example', organisation: 'GM0479', role: 'member', jobTitle: 'Adviseur wijkbeheer' }, // Zaanstad
  { key: 'martijn-koster', name: 'Martijn Koster', email: 'martijn.koster@zaanstad.example', organisation: 'GM0479', role: 'member', jobTitle: 'Projectleider funderingsaanpak' }, // Zaanstad
  { key: 'marco-de-boer', name: 'Marco de Boer', email: 'marco.deboer@westland.example', organisation: 'GM1783', role: 'member', jobTitle: 'Beleidsadviseur water en klimaat' }, // Westland
  { key: 'nicole-van-der-laan', name: 'Nicole van der Laan', email: 'nicole.vanderlaan@leiden.example', organisation: 'GM0546', role: 'member', jobTitle: 'Adviseur parkeren en vergunningen' }, // Leiden
  { key: 'bart-schouten', name: 'Bart Schouten', email: 'bart.schouten@oss.example', organisation: 'GM0828', role: 'member', jobTitle: 'Adviseur integrale veiligheid' }, // Oss
  { key: 'emma-dekker', name: 'Emma Dekker', email: 'emma.dekker@gouda.example', organisation: 'GM0513', role: 'member', jobTitle: 'Teamleider Klant Contact Centrum' }, // Gouda
  { key: 'floor-maas', name: 'Floor Maas', email: 'floor.maas@middelburg.example', organisation: 'GM0687', role: 'member', jobTitle: 'Beleidsmedewerker duurzaamheid' }, // Middelburg
  { key: 'marieke-zwart', name: 'Marieke Zwart', email: 'marieke.zwart@ede.example', organisation: 'GM0228', role: 'member', jobTitle: 'Adviseur informatiebeheer' }, // Ede
  { key: 'sem-veldhuis', name: 'Sem Veldhuis', email: 'sem.veldhuis@ede.example', organisation: 'GM0228', role: 'member', jobTitle: 'Adviseur jeugdparticipatie' }, // Ede
  { key: 'ruben-alberts', name: 'Ruben Alberts', email: 'ruben.alberts@meierijstad.example', organisation: 'GM1948', role: 'member', jobTitle: 'Beleidsadviseur wonen en zorg' }, // Meierijstad
  { key: 'yvonne-smeets', name: 'Yvonne Smeets', email: 'yvonne.smeets@peelenmaas.example', organisation: 'GM1894', role: 'member', jobTitle: 'Adviseur ondermijning' }, // Peel en Maas
  { key: 'sandra-groen', name: 'Sandra Groen', email: 'sandra.groen@hoorn.example', organisation: 'GM0405', role: 'member', jobTitle: 'Adviseur openbare verlichting' }, // Hoorn
  { key: 'klaas-schipper', name: 'Klaas Schipper', email: 'klaas.schipper@hollandskroon.example', organisation: 'GM1911', role: 'member', jobTitle: 'Beleidsadviseur wonen' }, // Hollands Kroon
  { key: 'naomi-pinas', name: 'Naomi Pinas', email: 'naomi.pinas@lelystad.example', organisation: 'GM0995', role: 'member', jobTitle: 'Wijkregisseur' }, // Lelystad
  { key: 'hendrik-oosterhuis', name: 'Hendrik Oosterhuis', email: 'hendrik.oosterhuis@eemsdollard.example', organisation: 'werkorganisatie-eems-dollard', role: 'member', jobTitle: 'Teamleider schulddienstverlening' },
  { key: 'chantal-nijland', name: 'Chantal Nijland', email: 'chantal.nijland@twentseheuvels.example', organisation: 'regio-twentse-heuvels', role: 'member', jobTitle: 'Regiocoördinator doelgroepenvervoer' },
  { key: 'monique-vos', name: 'Monique Vos', email: 'monique.vos@rblwestkust.example', organisation: 'rbl-westkust', role: 'member', jobTitle: 'Trajectbegeleider RMC' },
  { key: 'ahmed-ouali', name: 'Ahmed Ouali', email: 'ahmed.ouali@bszuidwest.example', organisation: 'belastingsamenwerking-zuidwest', role: 'member', jobTitle: 'Teamleider invordering' },
  { key: 'johan-pauwels', name: 'Johan Pauwels', email: 'johan.pauwels@riec-maaskempen.example', organisation: 'riec-maas-kempen', role: 'member', jobTitle: 'Analist ondermijning' },
  { key: 'sophie-van-gelder', name: 'Sophie van Gelder', email: 'sophie.vangelder@provincie-overijssel.example', organisation: 'provincie-overijssel', role: 'member', jobTitle: 'Programmaleider laadinfrastructuur' },
  { key: 'arjen-bosman', name: 'Arjen Bosman', email: 'arjen.bosman@grootewaard.example', organisation: 'waterschap-groote-waard', role: 'member', jobTitle: 'Adviseur watersysteem' },
  { key: 'leila-haddou', name: 'Leila Haddou', email: 'leila.haddou@lubi.example', organisation: 'lubi', role: 'member', jobTitle: 'Ketenregisseur' },
  { key: 'vincent-kramer', name: 'Vincent Kramer', email: 'vincent.kramer@raadhuisdigitaal.example', organisation: 'raadhuis-digitaal', role: 'member', jobTitle: 'Accountmanager overheid' },
  { key: 'mila-de-groot', name: 'Mila de Groot', email: 'mila.degroot@datavonk.example', organisation: 'datavonk', role: 'member', jobTitle: 'Dataconsultant' },
  { key: 'jasper-feenstra', name: 'Jasper Feenstra', email: 'jasper.feenstra@kaartlaag.example', organisation: 'kaartlaag', role: 'member', jobTitle: 'Oprichter en GIS-specialist' },
  { key: 'niels-van-os', name: 'Niels van Os', email: 'niels.vanos@laadwerk.example', organisation: 'laadwerk', role: 'member', jobTitle: 'Projectmanager publieke laadpunten' },
  { key: 'lucas-meijer', name: 'Lucas Meijer', email: 'lucas.meijer@sensorik.example', organisation: 'sensorik', role: 'member', jobTitle: 'Technisch specialist meetnetten' },
  { key: 'ilse-verbruggen', name: 'Ilse Verbruggen', email: 'ilse.verbruggen@noorderlicht.example', organisation: 'hogeschool-noorderlicht', role: 'member', jobTitle: 'Lector Digitale Samenleving' },
  { key: 'robin-tan', name: 'Robin Tan', email: 'robin.tan@hsdedelta.example', organisation: 'hogeschool-de-delta', role: 'member', jobTitle: 'Onderzoeker klimaatadaptatie' },
  { key: 'ellen-brink', name: 'Ellen Brink', email: 'ellen.brink@kpi.example', organisation: 'kenniscentrum-publieke-innovatie', role: 'member', jobTitle: 'Onderzoeker publieke innovatie' },
  { key: 'dirk-hartman', name: 'Dirk Hartman', email: 'dirk.hartman@odlagelanden.example', organisation: 'omgevingsdienst-lage-landen', role: 'member', jobTitle: 'Adviseur digitaal stelsel Omgevingswet' },
  { key: 'henk-lammers', name: 'Henk Lammers', email: 'henk.lammers@thuisbasis.example', organisation: 'woonstichting-thuisbasis', role: 'member', jobTitle: 'Wijkconsulent' },
  { key: 'gerda-huisman', name: 'Gerda Huisman', email: 'gerda.huisman@samenoud.example', organisation: 'welzijn-samen-oud', role: 'member', jobTitle: 'Coördinator vrijwilligerswerk' },
  { key: 'samira-benali', name: 'Samira Benali', email: 'samira.benali@codeklas.example', organisation: 'stichting-codeklas', role: 'member', jobTitle: 'Projectleider' },
  { key: 'joris-van-den-berg', name: 'Joris van den Berg', email: 'joris.vandenberg@buurtkrachtzuid.example', organisation: 'buurtkracht-zuid', role: 'member', jobTitle: 'Opbouwwerker' },
  // Clients, line managers and colleagues on the teams of the learning demo (src/demo/learning).
  { key: 'wim-verhagen', name: 'Wim Verhagen', email: 'wim.verhagen@rotterdam.example', organisation: 'GM0599', role: 'member', jobTitle: 'Afdelingsmanager schulddienstverlening' }, // Rotterdam
  { key: 'karin-smit', name: 'Karin Smit', email: 'karin.smit@rotterdam.example', organisation: 'GM0599', role: 'member', jobTitle: 'Teamleider wijkteams Noord' }, // Rotterdam
  { key: 'annemiek-coenen', name: 'Annemiek Coenen', email: 'annemiek.coenen@maastricht.example', organisation: 'GM0935', role: 'member', jobTitle: 'Directeur sociaal domein' }, // Maastricht
  { key: 'ralf-janssen', name: 'Ralf Janssen', email: 'ralf.janssen@maastricht.example', organisation: 'GM0935', role: 'member', jobTitle: 'Teamleider wijkzorg en welzijn' }, // Maastricht
  { key: 'mirjam-hofstede', name: 'Mirjam Hofstede', email: 'mirjam.hofstede@denhaag.example', organisation: 'GM0518', role: 'member', jobTitle: 'Directeur stadsbeheer' }, // Den Haag
  { key: 'bas-wolters', name: 'Bas Wolters', email: 'bas.wolters@denhaag.example', organisation: 'GM0518', role: 'member', jobTitle: 'Teamleider groenbeheer' }, // Den Haag
  { key: 'frank-mol', name: 'Frank Mol', email: 'frank.mol@denhaag.example', organisation: 'GM0518', role: 'member', jobTitle: 'Senior beleidsadviseur Wmo' }, // Den Haag
  { key: 'gerard-van-loon', name: 'Gerard van Loon', email: 'gerard.vanloon@bszuidwest.example', organisation: 'belastingsamenwerking-zuidwest', role: 'member', jobTitle: 'Directeur' },
  { key: 'ria-scholten', name: 'Ria Scholten', email: 'ria.scholten@apeldoorn.example', organisation: 'GM0200', role: 'member', jobTitle: 'Beleidsadviseur welzijn en Wmo' }, // Apeldoorn
  { key: 'johan-mulder', name: 'Johan Mulder', email: 'johan.mulder@assen.example', organisation: 'GM0106', role: 'member', jobTitle: 'Afdelingshoofd stadsbeheer' }, // Assen
  { key: 'roel-kamphuis', name: 'Roel Kamphuis', email: 'roel.kamphuis@tynaarlo.example', organisation: 'GM1730', role: 'member', jobTitle: 'Teamleider buitendienst' }, // Tynaarlo
  { key: 'marit-de-haan', name: 'Marit de Haan', email: 'marit.dehaan@amsterdam.example', organisation: 'GM0363', role: 'member', jobTitle: 'Teamleider laadinfrastructuur' }, // Amsterdam
];
