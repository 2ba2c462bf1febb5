package io.github.bsa.parsers.analysis;

import io.github.bsa.parsers.internal.pdf.PdfCanvas;
import io.github.bsa.parsers.testing.AnalysisScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent evaluation set for issue #14: labelled text-PDF statements of eleven new layouts
 * of ten countries (two German banks, France, Spain, Italy, the UK, Australia, the Netherlands,
 * Portugal, German-speaking Switzerland and Poland), read back through bsa's PDF parser. Written
 * <b>without reading bsa's rule or word tables nor the other sets' name lists</b> (ADR 0460): every
 * employer, landlord, utility, insurer, shop, town and payment-method phrase below comes from the
 * author's knowledge of each country, in the style of the shared fixtures' generator (a shop's
 * trade word in the local language plus an invented name, a few of the country's chains,
 * owner-named shops without any trade word). Only an evaluation cast exists: nothing here may be
 * used to write rules, so its figures estimate what bsa does on statements nobody tuned for.
 *
 * <p>The household life is generated here (not by {@link WorldStatements}) with the proportions of
 * the fixtures: card purchases dominated by dining and shopping, each household keeping a few
 * regular shops per category; salary (monthly, fortnightly in Australia; worded in the local
 * language or a payroll credit without any salary word), rent, utilities whose amounts vary,
 * insurance (quarterly on six-month statements), a loan, subscriptions, account fees, monthly
 * interest, cash, transfers with friends, a monthly transfer to the holder's own savings named only
 * in the description, cheques where still usual, a card refund, and a returned direct debit with
 * its fee. Layouts differ from {@link PrintedStatements}' in column order (value date after the
 * text, a booking-type column), date forms, order (newest first), debit/credit columns or signed
 * amounts (leading, trailing, plus), balance present or not, forced two-line descriptions, Swiss
 * apostrophe grouping and local headers. Deterministic.
 */
final class FreshStatements {
  private FreshStatements() {}

  /**
   * The countries' casts and booking texts. Templates fill {@code {P}} (party), {@code {PURPOSE}},
   * {@code {MEMO}}, {@code {CITY}}, {@code {MON}}, {@code {YYYY}}, {@code {MM}}, {@code {DD}},
   * {@code {hh}}/{@code {mi}} (a time of day), {@code {nK}} (K digits), {@code {xK}} (K reference
   * characters); {@code //} forces a line break in the printed description.
   */
  static final String CAST =
      """
      [de]
      cities = Rostock | Greifswald | Lüneburg | Bamberg | Kassel | Paderborn | Görlitz
      months = Januar Februar März April Mai Juni Juli August September Oktober November Dezember
      employers = Weserland Logistik GmbH | Brückner Maschinenbau AG | Klinikum Nordheide gGmbH | Softwarehaus Elbkante GmbH | Stadtverwaltung Hameln
      salary = Gehalt {MON} {YYYY} // {P} | Lohn/Gehalt {MM}/{YYYY} // {P} Pers.Nr. {n6} | Gutschrift // {P} Abrechnung {MM}.{YYYY} | SEPA-Gutschrift // {P} Ref. {x10} | Bezüge {MM}/{YYYY} // {P}
      landlords = Wohnungsbau Genossenschaft Lindenhof eG | Gerda Hollmann | Immobilien Kesselring GmbH | Dirk und Sabine Vosskamp
      rent = Dauerauftrag // {P} Miete {MON} | Überweisung // {P} Kaltmiete + NK Whg 4 | Miete {MON} {YYYY} // {P}
      power = Stadtwerke Tannenfeld | Ostseestrom GmbH | Vattenfall Europe Sales
      water = Wasserverband Mittlere Aue | Zweckverband Wasser Harzvorland
      gas = Gasversorgung Hügelland | E.ON Energie Deutschland
      phone = Telekom Deutschland GmbH | Vodafone GmbH | Congstar
      internet = 1&1 Versatel | Kabelnetz Weserbergland
      purpose = Abschlag Strom | Wasser Abschlag | Gas Abschlag | Mobilfunk Rechnung | Internet DSL | Beitrag | Rate
      debit = SEPA-Lastschrift // {P} {PURPOSE} Kd-Nr. {n8} | Lastschrift // {P} {PURPOSE} {MON} Mandat {x8} | Basislastschrift // {P} {PURPOSE} Vertrag {n9}
      insurers = HUK-Coburg | Versicherungsverein Wattenmeer a.G. | Allianz Versicherungs-AG | Barmenia Krankenversicherung
      loans = Sparkasse Mittelweser | Autokredit Fahrbank AG | Targobank
      subs = Netflix | Streamwelle Musik | Fitnessstudio Kraftwerk Süd | Tageblatt Digital Abo | Wolkenspeicher Plus
      sub = Lastschrift // {P} Abo {n8} | Kartenzahlung girocard // {P} {MM}/{YYYY}
      groceries = Edeka Brückmann | Hofladen Wiesengrund | Bäckerei Kornblume | Fleischerei Haberkorn | Frischemarkt Lindenau | Bio-Laden Sonnenkorn | Fischhandel Heringsdorf | Feinkost Albrecht | Obst und Gemüse Krüger
      dining = Gasthaus Zum Goldenen Anker | Pizzeria Da Franco | Café Lindenblüte | Döner Palast Yildiz | Brauhaus Kupferkessel | Imbiss am Hafen | Eiscafé Dolomiti | Weinstube Rebstock | Restaurant Akropolis | Vietnam Küche Hanoi | Konditorei Sahnehäubchen | Schnitzelhaus Brandt | Teestube Morgenrot | Lieferdienst Flinkteller
      fuel = Aral Tankstelle | Tankstelle Grünewald | Tankhof Nordring | Autohof Elbtal | Freie Tankstelle Piepenbrink
      transport = Verkehrsverbund Mittelweser | Taxi Brunsmeier | Parkhaus Altstadt | Deutsche Bahn | Fahrradverleih Speiche
      travel = Hotel Seeblick | Pension Waldesruh | Ferienwohnung Dünenglück | Landgasthof Heidekrug | Reisebüro Fernweh
      healthcare = Apotheke am Markt | Löwen-Apotheke | Zahnarztpraxis Dr. Hellwig | Optik Scharfblick | Physiotherapie Bewegungsraum | Sanitätshaus Stützpunkt
      shopping = Schreibwaren Federkiel | Modehaus Lindner | Schuhhaus Kessler | Drogerie Wolkenweiß | Elektro Funkenflug | Baumarkt Hobelbank | Spielwaren Kunterbunt | Buchladen Eselsohr | Blumen Mohnfeld | Hansen und Söhne | Kaufhaus Brenninkmeyer | Zoohandlung Pfötchen | Haushaltswaren Topfglück | Versandhaus Klickwerk | Sport Gipfelsturm
      card = Kartenzahlung girocard // {P} {CITY} | GIROCARD {DD}.{MM} {hh}:{mi} // {P} {CITY} | Debitk.{n2} VISA Debit // {P} {CITY} | Kartenzahlung kontaktlos // {P} {CITY} Apple Pay | Lastschrift aus Kartenzahlung // {P} {CITY} {DD}.{MM}
      refund = Gutschrift Kartenzahlung // {P} Erstattung {n6}
      atm = Bargeldauszahlung GA {n6} // {CITY} {DD}.{MM} {hh}:{mi} | Auszahlung Geldautomat // Sparkasse {CITY}
      out = Überweisung // {P} {MEMO} | Echtzeitüberweisung // an {P} {MEMO}
      in = Gutschrift // {P} {MEMO} | Echtzeitgutschrift // von {P} {MEMO}
      friends = Jannik Oltmanns | Fenja Harms | Malte Kruse | Sören Petersen | Lea Brandstätter
      memos = Pizza | Konzertkarten | Geburtstag Oma | danke | Urlaub Anteil
      savings = Übertrag auf Sparkonto {n10} | Umbuchung Tagesgeld // eigenes Konto {n10} | Dauerauftrag Sparplan // an eigenes Sparbuch
      bounce = Rücklastschrift // {P} mangels Deckung
      fxfee = Auslandseinsatzentgelt {n4}
      bouncefee = Entgelt Rücklastschrift
      fee = Kontoführungsentgelt {MON} | Abschluss Entgelte Kontoführung
      interest = Habenzinsen {MM}/{YYYY} | Zinsgutschrift
      currency = EUR
      scale = 1

      [fr]
      cities = Rennes | Angers | Nîmes | Colmar | Périgueux | Chambéry | Quimper
      months = janvier février mars avril mai juin juillet août septembre octobre novembre décembre
      employers = Coopérative Laitière du Bocage | Transports Garnier SAS | Mairie de Vannes | Clinique des Tilleuls | Ateliers Mécaniques Duval SA
      salary = VIR SEPA RECU SALAIRE {MON} {YYYY} // DE {P} | VIREMENT SALAIRE // {P} {MM}/{YYYY} | VIR SEPA RECU // DE {P} REF {x10} | VIR PAIE {MM}/{YYYY} // {P}
      landlords = SCI Les Glycines | Cabinet Immobilier Morel | Mme Josiane Lefort | Foncia Gestion Locative
      rent = VIR PERMANENT LOYER // {P} | VIR SEPA EMIS LOYER {MON} // {P} | PRLV SEPA {P} // LOYER ET CHARGES
      power = EDF Clients Particuliers | Énergie du Val Vert | Ekwateur
      water = Eau du Bassin Rennais | Saur Eau Potable
      gas = Engie Gaz | Gaz des Coteaux
      phone = Orange | SFR | Bouygues Telecom | Free Mobile
      internet = Free Télécom | Fibre des Monts
      purpose = FACTURE ELECTRICITE | FACTURE EAU | MENSUALITE GAZ | FORFAIT MOBILE | ABONNEMENT BOX | COTISATION | ECHEANCE PRET
      debit = PRLV SEPA {P} // {PURPOSE} ICS FR{n2}ZZZ{n6} | PRELEVEMENT {P} // {PURPOSE} RUM {x10} | PRLV {P} // {PURPOSE} {MM}/{YYYY}
      insurers = MAIF | Mutuelle des Charentes | Groupama Loire Bretagne | AXA France IARD
      loans = Crédit Agricole Anjou | Sofinco | Banque du Littoral
      subs = Canal+ | Musicflux | Salle de Sport Le Gymnase | La Gazette du Littoral Numérique | Nuage Sauvegarde
      sub = CB {P} {DD}/{MM} | PRLV SEPA {P} // ABONNEMENT
      groceries = Carrefour Market | Boulangerie Au Pain Doré | Boucherie Lambert | Fromagerie des Halles | Primeur du Marché | Épicerie Chez Mounir | Supérette du Canal | La Cave à Fromages Roussel | Biocoop
      dining = Brasserie du Théâtre | Crêperie Ty Breizh | Restaurant Le Bouchon Lyonnais | Café de la Gare | Pizzeria Bella Napoli | Le Petit Comptoir | Bistrot des Halles | Traiteur Asie Lotus | Chez Marcel | Kebab du Port | Salon de Thé Les Délices | Livraison Repas Minute
      fuel = Station Dyneff | Station Avia du Lac | Relais Carburant des Landes | Garage Station Perrot | Esso Express
      transport = SNCF Voyageurs | Taxi Radio Angevin | Parking Indigo | Vélo Libre Service | Transports Urbains Quimpérois
      travel = Hôtel du Port | Camping Les Pins | Gîte de la Vallée | Auberge du Col | Air France
      healthcare = Pharmacie du Marché | Pharmacie des Lices | Cabinet Dentaire Roussel | Optique Lumière | Kiné Dupuis | Laboratoire Analyses Bioval
      shopping = Fnac | Librairie La Plume Bleue | Quincaillerie Morin | Boutique Anaïs | Cordonnerie Express | Fleuriste Les Pivoines | Jardinerie Verte | Papeterie Colbert | Bazar du Cours | Maroquinerie Vidal | Droguerie Moderne | Jouets Le Cheval de Bois | Électroménager Durand | Prêt-à-Porter Élise | Animalerie Croquettes
      card = CB {P} {DD}/{MM} // {CITY} | CARTE {DD}/{MM} {P} // {CITY} CB*{n4} | PAIEMENT CB {DD}{MM} {CITY} // {P} CARTE {n4} | CB SANS CONTACT {P} // {DD}/{MM}/{YY}
      refund = AVOIR CB {P} // {DD}/{MM} | REMBOURSEMENT CARTE // {P}
      atm = RETRAIT DAB {DD}/{MM} {CITY} // CARTE {n4} | RET DAB {CITY} {DD}/{MM}
      out = VIR SEPA EMIS // {P} {MEMO} | VIREMENT INSTANTANE EMIS // {P} {MEMO}
      in = VIR SEPA RECU // DE {P} {MEMO} | VIR INST RECU // {P} {MEMO}
      friends = Léa Marchand | Thomas Lebrun | Camille Roux | Hugo Perrin | Manon Gauthier
      memos = resto | cadeau Julie | remboursement | vacances | merci
      savings = VIR VERS LIVRET A {n11} | VIREMENT EPARGNE // COMPTE {n11} | VIR PERMANENT // VERS LDDS {n11}
      bounce = REJET PRLV {P} // PROVISION INSUFFISANTE
      fxfee = FRAIS PAIEMENT HORS ZONE EURO
      bouncefee = FRAIS REJET PRELEVEMENT
      fee = COTISATION OFFRE GROUPEE | FRAIS TENUE DE COMPTE
      interest = INTERETS CREDITEURS
      cheque = CHEQUE N {n7}
      chequein = REMISE CHEQUE N {n7}
      currency = EUR
      scale = 1

      [es]
      cities = Zaragoza | Valladolid | Córdoba | Gijón | Alicante | Burgos | Logroño
      months = enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
      employers = Conservas del Cantábrico SL | Talleres Iturbe SA | Ayuntamiento de Getafe | Clínica San Rafael SL | Distribuciones Levante SA
      salary = ABONO NÓMINA // {P} {MON} | NÓMINA {MM}/{YYYY} // {P} | TRANSFERENCIA RECIBIDA // {P} REF {n10} | ABONO DE HABERES // {P}
      landlords = Inmobiliaria Los Almendros SL | Doña Carmen Villalba | Alquileres Ribera SL | Fincas Orbaneja
      rent = TRANSF. PERIÓDICA ALQUILER // {P} | TRANSFERENCIA A {P} // ALQUILER {MON}
      power = Iberdrola Clientes | Endesa Energía | Eléctrica del Moncayo
      water = Aguas de Valladolid | Canal de Isabel II
      gas = Naturgy Iberia | Gas Natural Serviform
      phone = Movistar | Vodafone España | Orange Espagne | Yoigo
      internet = Digi Spain Telecom | Fibra Pirineo
      purpose = RECIBO LUZ | RECIBO AGUA | RECIBO GAS | FACTURA MÓVIL | FIBRA | PÓLIZA | CUOTA PRÉSTAMO
      debit = RECIBO {P} // {PURPOSE} Nº {n10} | ADEUDO DOMICILIADO // {P} {PURPOSE} | DOMICILIACIÓN {P} // {PURPOSE} {MM}/{YYYY}
      insurers = Mapfre | Mutua Madrileña | Seguros Ocaso | Sanitas
      loans = Bankinter Préstamos | Cofidis | Caja Rural del Duero
      subs = Netflix | Sonora Música | Gimnasio Altafit | Diario del Ebro Digital | NubeSegura Almacenamiento
      sub = COMPRA TARJ. {P} // {DD}/{MM} | RECIBO {P} // SUSCRIPCIÓN
      groceries = Mercadona | Frutería La Huerta de Paco | Carnicería Hermanos Soto | Panadería San Isidro | Ultramarinos Casa Pilar | Pescadería El Puerto | Supermercado El Olivar | Charcutería Montes | Alimentación Rosales
      dining = Bar Casa Manolo | Cervecería La Espiga | Restaurante El Fogón | Churrería San Ginés | Taberna del Cartero | Marisquería O Grove | Café Central | Pizzería Trastevere | Asador Los Arcos | Tapería La Chistera | Heladería Polar | Comida a Domicilio Rayo
      fuel = Repsol | Gasolinera Los Pinos | Estación de Servicio Ribera | Petróleos del Norte | Área de Servicio La Venta
      transport = Renfe Viajeros | Taxi Ramírez | Parking Plaza Mayor | Autobuses Urbanos Burgos | Alquiler Bicis Vuelta
      travel = Hotel Mirador | Hostal La Posada | Casa Rural El Roble | Agencia de Viajes Brújula | Iberia
      healthcare = Farmacia Ldo. Ortega | Farmacia Central | Clínica Dental Sonrisas | Óptica Visión Clara | Fisioterapia Mendizábal | Parafarmacia Salud Plus
      shopping = El Corte Inglés | Ferretería El Clavo | Librería Cervantes | Zapatería Luna | Papelería Arcoíris | Floristería Azahar | Juguetería Trompo | Mercería Loli | Droguería La Espuma | Electrodomésticos Quintana | Tienda de Deportes Cumbre | Bazar Oriente | Moda Carmela | Tienda Online Clicomercio | Muebles Robledo
      card = COMPRA TARJ. {n4}XXXXXX{n4} // {P} {CITY} | COMPRA EN {P}, {CITY}, TARJ. {n4} // {DD}-{MM}-{YYYY} | PAGO CON TARJETA // {P} {CITY} | PAGO MÓVIL APPLE PAY // {P}
      refund = DEVOLUCIÓN COMPRA // {P} {CITY} | ABONO COMPRA TARJ. // {P}
      atm = REINTEGRO CAJERO {CITY} // TARJ. {n4} | DISPOSICIÓN EFECTIVO // CAJERO {n6}
      out = TRANSFERENCIA A {P} // {MEMO} | BIZUM ENVIADO // {P} {MEMO}
      in = TRANSFERENCIA DE {P} // {MEMO} | BIZUM RECIBIDO // {P} {MEMO}
      friends = Lucía Navarro | Javier Ortega | Marta Iglesias | Sergio Campos | Nerea Etxeberria
      memos = cena | entradas | regalo | alquiler coche | gracias
      savings = TRASPASO A CUENTA AHORRO // {n10} | TRANSFERENCIA A CTA. AHORRO {n10} | TRASPASO PROPIO // HUCHA AHORRO
      bounce = DEVOLUCIÓN RECIBO // {P} SALDO INSUFICIENTE
      fxfee = COMISIÓN COMPRA EN DIVISA
      bouncefee = COMISIÓN DEVOLUCIÓN RECIBO
      fee = COMISIÓN MANTENIMIENTO | COMISIÓN ADMINISTRACIÓN CUENTA
      interest = LIQUIDACIÓN INTERESES
      currency = EUR
      scale = 1

      [it]
      cities = Bergamo | Modena | Lecce | Trento | Perugia | Udine | Pescara
      months = gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
      employers = Officine Meccaniche Brambilla SpA | Caseificio Valle Verde Srl | Comune di Ravenna | Studio Associato Ferraris | Trasporti Lombardi Srl
      salary = ACCREDITO STIPENDIO // {P} {MON} | BONIFICO A VOSTRO FAVORE // {P} EMOLUMENTI {MM}/{YYYY} | BONIFICO DA {P} // {x10} | STIPENDIO {MON} {YYYY} // ORD. {P}
      landlords = Immobiliare Il Castello Srl | Sig.ra Graziella Fontana | Condominio Via Manzoni 14 | Rossetti Gestioni Immobiliari
      rent = BONIFICO DISPOSTO // A {P} AFFITTO {MON} | BONIFICO PERIODICO // {P} CANONE LOCAZIONE
      power = Enel Energia | A2A Energia | Hera Comm
      water = Acquedotto Pugliese | Servizio Idrico Valpadana
      gas = Italgas Vendita | Eni Plenitude Gas
      phone = TIM | Vodafone Italia | WindTre | Iliad Italia
      internet = Fastweb | Fibra delle Colline
      purpose = BOLLETTA LUCE | BOLLETTA ACQUA | BOLLETTA GAS | RICARICA MOBILE | FIBRA CASA | PREMIO POLIZZA | RATA FINANZIAMENTO
      debit = ADDEBITO SDD // {P} {PURPOSE} | ADDEBITO DIRETTO SEPA // {P} {PURPOSE} MANDATO {x8} | SDD CORE {P} // {PURPOSE} {MM}/{YYYY}
      insurers = Generali Italia | UnipolSai | Società Reale Mutua | Assicurazioni Dolomiti
      loans = Findomestic | Agos Ducato | Banca del Lario
      subs = Netflix | Melodia Streaming | Palestra Forma Viva | Gazzetta del Lago Digitale | Nuvola Archivio
      sub = PAGAMENTO POS {P} // {DD}/{MM} | ADDEBITO SDD // {P} ABBONAMENTO
      groceries = Esselunga | Panificio Il Forno di Nonna Rosa | Macelleria Bianchi | Salumeria Da Gino | Fruttivendolo Il Melograno | Alimentari Zanetti | Pescheria Il Gabbiano | Supermercato La Spiga | Latteria Sociale Valtellina
      dining = Trattoria Da Mario | Pizzeria Il Vesuvio | Bar Centrale | Osteria del Ponte | Gelateria La Dolce Vita | Ristorante La Pergola | Pasticceria Marchesi | Enoteca Il Grappolo | Piadineria Romagnola | Tavola Calda Gusto | Rosticceria Sole | Consegne Pasti Svelto
      fuel = Eni Station | Distributore Carburanti Rota | Stazione di Servizio Adriatica | Carburanti Valsassina | Self Service Benzina Ghidini
      transport = Trenitalia | Taxi Bergamo Radio | Parcheggio Piazza Vecchia | Autolinee Salentine | Noleggio Bici Pedalò
      travel = Hotel Bellavista | Agriturismo Le Querce | B&B La Rondine | Albergo Diffuso Borgo Antico | Agenzia Viaggi Orizzonti
      healthcare = Farmacia San Marco | Farmacia Comunale | Studio Dentistico Dr. Gallo | Ottica Vedo Bene | Poliambulatorio Salus | Parafarmacia Erbe Vive
      shopping = Libreria Feltrinelli | Ferramenta Colombo | Calzature Rinaldi | Cartoleria Arcobaleno | Fioreria Le Rose | Giocattoli Il Trenino | Profumeria Gioia | Merceria Battistini | Elettrodomestici Parisi | Abbigliamento Veronica | Casalinghi Mariani | Articoli Sportivi Vetta | Mobili Fontana | Negozio Online Clicca | Bottega Artigiana Lazzari
      card = PAGAMENTO POS {P} // {CITY} {DD}/{MM}/{YYYY} CARTA {n4} | PAG. POS {DD}/{MM} {hh}.{mi} // {P} {CITY} | PAGAMENTO CONTACTLESS // {P} {CITY} | PAGAMENTO APPLE PAY // {P} CARTA *{n4}
      refund = STORNO PAGAMENTO POS // {P} | RIMBORSO // {P} {CITY}
      atm = PRELIEVO BANCOMAT {CITY} // {DD}/{MM} CARTA {n4} | PRELEVAMENTO ATM // {CITY}
      out = BONIFICO DISPOSTO // A {P} {MEMO} | BONIFICO ISTANTANEO // A {P} {MEMO}
      in = BONIFICO A VOSTRO FAVORE // DA {P} {MEMO} | BONIFICO ISTANTANEO // DA {P} {MEMO}
      friends = Giulia Ferri | Marco Esposito | Chiara Romano | Alessandro Greco | Sara Colombo
      memos = cena | regalo | quota vacanza | biglietti | grazie
      savings = GIROCONTO A CONTO DEPOSITO // {n10} | TRASFERIMENTO A CONTO RISPARMIO // {n10} | GIROFONDI SALVADANAIO
      bounce = STORNO ADDEBITO SDD // {P} INSOLUTO
      fxfee = COMMISSIONE PAGAMENTO ESTERO
      bouncefee = COMMISSIONE INSOLUTO SDD
      fee = CANONE MENSILE CONTO | SPESE TENUTA CONTO
      interest = INTERESSI CREDITORI
      cheque = ASSEGNO N. {n10}
      chequein = VERSAMENTO ASSEGNI
      currency = EUR
      scale = 1

      [gb]
      cities = Leicester | Norwich | Swansea | Harrogate | Exeter | Carlisle | Dundee
      months = January February March April May June July August September October November December
      employers = Pennine Freight Ltd | Harbourside NHS Trust | Wrekin County Council | Sable Analytics Ltd | Thornbury Joinery Ltd
      salary = {P} SALARY | {P} // PAYROLL {MON} | {P} // BGC {x8} | {P} // WAGES {MM}/{YY}
      landlords = Castlegate Lettings Ltd | Mrs Pauline Hargreaves | Brookfield Property Management | Northgate Homes
      rent = {P} // RENT FLAT 2 | {P} // STO RENT {MON}
      power = British Gas | Octopus Energy | EDF Energy | Ecotricity
      water = Severn Trent Water | Anglian Water Services
      gas = Ovo Gas | Scottish Power Gas
      phone = EE Limited | O2 UK | Vodafone Ltd | Giffgaff
      internet = BT Broadband | Virgin Media
      purpose = ELEC | WATER RATES | GAS | MOBILE | BROADBAND | PREMIUM | LOAN REPAYMENT
      debit = {P} // {PURPOSE} {n8} | {P} // DDR {x10} | {P} // {PURPOSE} REF {x8}
      insurers = Aviva | Direct Line | Vitality Health | Moorland Mutual Insurance
      loans = Zopa Bank | Northern Dales Building Society | Novuna Personal Finance
      subs = Netflix.com | Tunestream Music | Puregym | The Evening Courier Digital | CloudKeep Storage
      sub = {P} // CD {n4} {DD}{MON} | {P} // DD
      groceries = Tesco Stores | Ashworth Family Butchers | Greengrocer Plumtree | Village Stores Appleby | Cornerstone Bakery | Harbour Fishmongers | Farm Shop Oakridge | Deli on the Green | Hillside Supermarket
      dining = Costa Coffee | The Red Lion | The Crooked Billet | Sea Breeze Fish Bar | Curry Mahal | Bettys Cafe Tea Rooms | Golden Dragon Takeaway | The Copper Kettle Cafe | Bella Roma Pizzeria | Riverside Kitchen | Spice Garden Tandoori | FoodRush Delivery
      fuel = Shell | Moorside Filling Station | Valley Fuels | Highway Service Station | Motorfuel Kingsway
      transport = Trainline | Stagecoach Bus | Castle Cars Taxis | NCP Car Park | Citybike Hire
      travel = Premier Inn | The Old Rectory B&B | Lakeside Lodge Hotel | Skyward Airways | Coastal Holiday Cottages
      healthcare = Boots | Riverside Dental Practice | Specsavers | Wellbeing Pharmacy | Northgate Physio Clinic | Hartley Chemists
      shopping = Argos | Waterstones | Hallam Hardware | Oxfam Shop | Hobbycraft | Pennywise Homeware | Brightwell Electricals | Kidzone Toys | Thistle Books | Mulberry Lane Boutique | Petcorner Supplies | Garden Gate Nursery | Stitch and Thread | ShopNest Online | Fairweather Outdoor
      card = {P} // CD {n4} {DD}{MON} | {P} {CITY} GB // CD {n4} | {P} // {CITY} CONTACTLESS | {P} // APPLE PAY {n4}
      refund = {P} // REFUND CD {n4}
      atm = CASH {CITY} // {DD}{MON} CD {n4} | LINK ATM {CITY} // CD {n4}
      out = {P} // {MEMO} FPO | {P} // {MEMO} MOBILE PAYMENT
      in = {P} // {MEMO} FPI | {P} // {MEMO} FASTER PAYMENT
      friends = Callum Whitfield | Megan Pritchard | Rhys Llewellyn | Hannah Oakes | Fraser McLeod
      memos = drinks | footy tickets | birthday | petrol money | thanks
      savings = TO SAVINGS ACCOUNT {n8} | TRANSFER TO ISA {n8} | SAVE THE CHANGE // TO RESERVE
      bounce = UNPAID DD // {P}
      fxfee = NON-STERLING TRANSACTION FEE
      bouncefee = UNPAID ITEM CHARGE
      fee = ACCOUNT FEE | MONTHLY ACCOUNT CHARGE
      interest = INTEREST PAID
      cheque = CHEQUE {n6}
      chequein = CHEQUE DEPOSIT {n6}
      currency = GBP
      scale = 0.86

      [au]
      cities = Ballarat | Geelong | Toowoomba | Wollongong | Bendigo | Cairns | Launceston
      months = January February March April May June July August September October November December
      employers = Murray Valley Engineering Pty Ltd | Shire of Mornington | Coastline Health Services | Redgum Logistics Pty Ltd | Banksia Software Pty Ltd
      salary = Salary // {P} | Direct Credit {n6} // {P} PAY | Payroll // {P} {n8} | Direct Credit {n6} // {P}
      landlords = Ray White Rentals | Harcourts Property Management | Mr Graham Tully | Gumtree Realty
      rent = Transfer to {P} // Rent | Direct Debit {n6} // {P} RENT
      power = AGL Sales | Origin Energy | Powershop | Red Energy
      water = Yarra Valley Water | Barwon Water
      gas = Alinta Energy | Simply Energy
      phone = Telstra | Optus | Vodafone AU | Belong
      internet = Aussie Broadband | Superloop
      purpose = ELEC | WATER | GAS | MOBILE | NBN | PREMIUM | LOAN
      debit = Direct Debit {n6} // {P} {PURPOSE} | Direct Debit {n6} // {P} {x10}
      insurers = NRMA Insurance | Medibank Private | Bupa HI | Budget Direct
      loans = Latitude Finance | Bank of Melbourne Loan | MoneyMe
      subs = Stan.com.au | Beatwave Music | Anytime Fitness | Coastal Herald Digital | SafeCloud Backup
      sub = {P} // {CITY} AU Card xx{n4} | Direct Debit {n6} // {P}
      groceries = Woolworths | Fruit Barn Riverside | Butcher Shop Kellys | Bottlebrush Bakery | Seaside Seafoods | Corner Grocer Maffra | Paddock Fresh Market | Deli Continental Geelong | Harris Farm Markets
      dining = Grill'd | The Royal Hotel | Degani Cafe | Boatshed Cafe | Mamma Rosa Pizzeria | Thai Orchid | Sushi Hub | Bottlebrush Bakehouse Cafe | Lucky Dragon Noodle Bar | Bush Tucker Grill | Flat White Espresso | DashEats Delivery
      fuel = Ampol | United Petroleum | Roadhouse Fuel Stop | Coastal Fuels Bendigo | Outback Servo
      transport = Myki Top Up | Translink | Silver Taxis Cairns | Secure Parking | Bayside Ferries
      travel = Qantas | Big4 Holiday Park | Gumtree Motor Inn | Reef View Resort | Sunstate Air
      healthcare = Chemist Warehouse | Smile Dental Clinic | Specsavers | Healthway Pharmacy | Bayside Physio | Eyecare Plus Launceston
      shopping = Bunnings Warehouse | Kmart | JB Hi-Fi | Officeworks | Op Shop Vinnies | Surf Shack Torquay | Bookworm Corner | Tradie Hardware | Koala Kids Toys | Outback Outfitters | Homestead Homewares | Pet Paradise Supplies | Gadget Galaxy | Wattle Florist | ClickCart Online
      card = {P} {CITY} AU // Card xx{n4} Value Date {DD}/{MM}/{YYYY} | Visa Purchase {P} // {CITY} | EFTPOS {P} // {CITY} AU | {P} {CITY} // Apple Pay xx{n4}
      refund = Refund // {P} {CITY} AU
      atm = ATM Withdrawal {CITY} // Card xx{n4} | Cash Out {CITY} // Card xx{n4}
      out = Transfer to {P} // {MEMO} | Osko Payment to {P} // {MEMO}
      in = Transfer from {P} // {MEMO} | Osko Payment from {P} // {MEMO}
      friends = Lachlan Byrne | Chloe Mitchell | Jack Donnelly | Ruby Kowalski | Tom Nguyen
      memos = footy | bbq | rego | dinner | ta
      savings = Transfer to NetBank Saver {n8} | Transfer to xx{n4} // Goal Saver | Transfer to own account // Bonus Saver
      bounce = Dishonour Direct Debit // {P}
      fxfee = International Transaction Fee
      bouncefee = Dishonour Fee
      fee = Account Fee | Monthly Account Fee
      interest = Credit Interest
      currency = AUD
      scale = 1.55
      pay = fortnightly

      [nl]
      cities = Zwolle | Amersfoort | Leeuwarden | Breda | Deventer | Haarlem | Middelburg
      months = januari februari maart april mei juni juli augustus september oktober november december
      employers = Zuiderzee Logistiek BV | Gemeente Apeldoorn | Zorggroep De Linde | Van Dijk Installatietechniek BV | Noordkaap Software BV
      salary = {P} // SALARIS {MON} {YYYY} | {P} // LOON PERIODE {MM} | {P} // Betalingskenmerk {n16} | {P} // NETTO UITKERING {MM}-{YYYY}
      landlords = Woonstichting De Kaap | Vastgoedbeheer Hofstede BV | Dhr. P. van Leeuwen | Wooncorporatie Vechtdal
      rent = {P} // Huur {MON} | {P} // Periodieke overboeking huur
      power = Vattenfall Klantenservice | Eneco | Greenchoice | Energiedirect
      water = Vitens | Waterbedrijf Groningen
      gas = Essent | Budget Energie
      phone = KPN | Odido | Vodafone Libertel | Simyo
      internet = Ziggo | Delta Fiber
      purpose = Termijnbedrag stroom | Waterrekening | Termijnbedrag gas | Mobiel abonnement | Internet en TV | Premie | Aflossing
      debit = {P} // Incasso {PURPOSE} Machtiging {x10} | {P} // {PURPOSE} Kenmerk {n12} | {P} // SEPA Incasso {PURPOSE}
      insurers = Centraal Beheer | Zilveren Kruis | Interpolis | Onderlinge Verzekering De Polder
      loans = DUO Studieschuld | Santander Consumer Finance | Krediet Friesland
      subs = Videoland | Muziekstroom | Basic-Fit | Dagblad Het Oosten Digitaal | Wolkkluis Opslag
      sub = {P} // Betaalautomaat {DD}-{MM}-{YYYY} | {P} // Incasso abonnement
      groceries = Albert Heijn | Bakkerij Van der Meulen | Slagerij De Rooij | Groenteboer Versland | Kaashandel Het Gouden Wiel | Visboer Hollands Glorie | Buurtsuper De Hoek | Natuurwinkel De Zonnebloem | Toko Sari
      dining = Eetcafe De Zwaan | Snackbar Het Pleintje | Restaurant De Gouden Leeuw | Pannenkoekenhuis Molenzicht | Cafe Hoppe | IJssalon Venetië | Lunchroom Het Zonnetje | Sushi Sakura | Brasserie Stadszicht | Grand Café De Waag | Shoarma Palace | Maaltijdbezorging Snelhap
      fuel = Shell Tankstation | Tankstation De Rotonde | Pompstation Veenhuis | Tinq | Brandstoffen Hoekstra
      transport = NS Reizigers | Q-Park | Taxicentrale Zwolle | OV-fiets | Busvervoer Drenthe
      travel = Hotel De Wadden | Camping De Zeehoeve | Vakantiepark Duinrust | Bed & Breakfast De Pastorie | KLM
      healthcare = Apotheek De Vijzel | Tandartspraktijk Smit | Pearle Opticiens | Fysiotherapie Bewegen | Drogisterij De Gaper | Huisartsenpraktijk Brinkman
      shopping = HEMA | Bol.com | Boekhandel De Kantlijn | Bloemenhuis Tulp | Ijzerhandel Bakker | Speelgoedwinkel Het Hobbelpaard | Schoenenwinkel Stapper | Kledingzaak Mevrouw Jansen | Fietsenwinkel Trapkracht | Dierenspeciaalzaak Kwispel | Woonwinkel Sfeerhuis | Elektronica Stroomlijn | Kringloop De Tweede Ronde | Webwinkel Klikklaar | Zeeman
      card = {P} {CITY} // Betaalautomaat {DD}-{MM}-{YYYY} {hh}:{mi} pas {n3} | {P} {CITY} // BEA, Apple Pay pas {n3} | {P} // Pinbetaling {CITY} | {P} {CITY} // Contactloos betaling
      refund = {P} // Terugboeking betaalautomaat
      atm = Geldautomaat {CITY} // GEA pas {n3} {DD}-{MM} | Geldopname {CITY} // pas {n3}
      out = {P} // {MEMO} Overboeking | {P} // Tikkie {MEMO}
      in = {P} // {MEMO} Overboeking | {P} // Tikkie {MEMO}
      friends = Daan de Vries | Sanne Bakker | Thijs Mulder | Fleur Jansen | Bram Visser
      memos = etentje | verjaardag | festivalkaartjes | bedankt | boodschappen
      savings = Naar spaarrekening {n10} | Overboeking eigen rekening // Oranje Spaarrekening | Naar Bonusrente Sparen
      bounce = {P} // Storno incasso onvoldoende saldo
      fxfee = Kosten betaling buiten eurozone
      bouncefee = Kosten storno incasso
      fee = Kosten betaalpakket | Kosten rekening
      interest = Creditrente
      currency = EUR
      scale = 1

      [pt]
      cities = Braga | Coimbra | Aveiro | Faro | Viseu | Évora | Setúbal
      months = janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
      employers = Conservas Atlântico Lda | Câmara Municipal de Leiria | Têxteis do Ave SA | Hospital de Santa Luzia | Construções Ribeiro & Filhos Lda
      salary = TRF RECEBIDA // {P} VENCIMENTO {MON} | ORDENADO {MM}/{YYYY} // {P} | TRF {P} // REF {n11} | VENCIMENTO // {P}
      landlords = Imobiliária Vale do Sousa | Sra. Maria da Conceição Pires | Gestão Predial Douro Lda | Rendas Lusas
      rent = TRF P/ {P} // RENDA {MON} | TRF PERIÓDICA // RENDA {P}
      power = EDP Comercial | Endesa Energia PT | Goldenergy
      water = Águas do Porto | SMAS de Coimbra
      gas = Galp Gás Natural | Gás Cidade
      phone = MEO | NOS Comunicações | Vodafone Portugal | Digi Portugal
      internet = NOWO | Fibra do Minho
      purpose = ELECTRICIDADE | ÁGUA | GÁS | TELEMÓVEL | INTERNET | PRÉMIO SEGURO | PRESTAÇÃO
      debit = DD {P} // {PURPOSE} {n9} | DÉBITO DIRETO // {P} {PURPOSE} | PAG SERV {P} // {PURPOSE} ENT {n5}
      insurers = Fidelidade | Tranquilidade | Ageas Seguros | Mútua dos Pescadores
      loans = Cetelem | Cofidis PT | Caixa Crédito Agrícola
      subs = Netflix | Ritmo Música | Ginásio Corpo Ativo | Jornal do Minho Digital | NuvemCofre
      sub = COMPRA {P} // {DD}/{MM} | DD {P} // ASSINATURA
      groceries = Pingo Doce | Padaria Pão Quente | Talho Central Silva | Frutaria Sol Nascente | Mercearia Dona Rosa | Peixaria O Pescador | Supermercado Avenida | Charcutaria Beira Alta | Queijaria Serra da Estrela
      dining = Restaurante O Cantinho | Tasca do Zé | Pastelaria Aliança | Churrasqueira Central | Marisqueira Atlântida | Café Brasileira | Pizzaria Da Vinci | Cervejaria Trindade | Adega Típica O Lagar | Snack-Bar Estrela | Gelataria Polo Norte | Entregas Refeições Já
      fuel = Galp | Posto de Abastecimento Ribeiro | Combustíveis do Minho | Bomba de Gasolina Vilar | Área de Serviço Alentejo
      transport = CP Comboios | Táxi Rodrigues | Parque de Estacionamento Central | Transportes Urbanos de Braga | Via Verde
      travel = Hotel Miramar | Turismo Rural Quinta da Eira | Pousada de Óbidos | Agência de Viagens Caravela | TAP Air Portugal
      healthcare = Farmácia Central | Clínica Dentária Sorriso | Óptica Visão | Fisioterapia Movimento | Farmácia Holon | Laboratório Análises Vida
      shopping = Worten | Livraria Bertrand | Ferragens Almeida | Sapataria Moderna | Papelaria Estrela | Florista Camélia | Loja do Gato Preto | Retrosaria Lurdes | Drogaria Nova | Brinquedos Pião | Electrodomésticos Tavares | Artigos de Desporto Meta | Boutique Margarida | Loja Online Clique | Móveis Carvalho
      card = COMPRA {n4} {P} // {CITY} | COMPRA C.DEB {P} // {CITY} {DD}/{MM} | PAG. CONTACTLESS // {P} {CITY} | COMPRA APPLE PAY // {P} {CITY}
      refund = DEVOLUÇÃO COMPRA // {P}
      atm = LEVANTAMENTO MB {CITY} // {DD}/{MM} | LEV ATM {CITY} // CARTÃO {n4}
      out = TRF P/ {P} // {MEMO} | MB WAY P/ {P} // {MEMO}
      in = TRF DE {P} // {MEMO} | MB WAY DE {P} // {MEMO}
      friends = Inês Carvalho | Tiago Fonseca | Beatriz Lopes | Rui Mendes | Catarina Sousa
      memos = jantar | prenda | bilhetes | férias | obrigado
      savings = TRF P/ CONTA POUPANÇA {n10} | TRANSF. PARA DEPÓSITO A PRAZO // {n10} | REFORÇO POUPANÇA // CONTA PRÓPRIA
      bounce = DEVOLUÇÃO DÉB. DIRETO // {P} FALTA DE PROVISÃO
      fxfee = COMISSÃO COMPRA NO ESTRANGEIRO
      bouncefee = COMISSÃO DEVOLUÇÃO
      fee = COMISSÃO MANUTENÇÃO CONTA | COMISSÃO CONTA PACOTE
      interest = JUROS CREDORES
      cheque = CHEQUE N. {n10}
      chequein = DEPÓSITO CHEQUE
      currency = EUR
      scale = 0.8

      [ch]
      cities = Winterthur | Aarau | Thun | Frauenfeld | Olten | Chur | Schaffhausen
      months = Januar Februar März April Mai Juni Juli August September Oktober November Dezember
      employers = Bergbahnen Glarnerland AG | Gemeinde Wädenswil | Präzisionsmechanik Hürlimann AG | Kantonsspital Limmattal | Treuhand Gisler GmbH
      salary = Gutschrift // {P} Lohn {MON} {YYYY} | Salär {MM}.{YYYY} // {P} | Gutschrift // {P} Mitteilung {n12} | Lohnzahlung {MON} // {P}
      landlords = Wohnbaugenossenschaft Sonnenberg | Livit AG Real Estate | Frau Verena Bachmann | Immobilien Zehnder AG
      rent = Dauerauftrag // {P} Mietzins {MON} | Zahlung // {P} Miete Whg. 2.OG
      power = EKZ Elektrizitätswerke | IWB Industrielle Werke | Elektra Birseck
      water = Wasserversorgung Seetal | Technische Betriebe Wil
      gas = Energie Wasser Bern | Gasversorgung Zürichsee
      phone = Swisscom (Schweiz) AG | Sunrise GmbH | Salt Mobile SA | Wingo
      internet = Quickline AG | Init7
      purpose = Stromrechnung | Wasser und Abwasser | Gasrechnung | Mobile Abo | Internet Abo | Prämie | Rate Leasing
      debit = LSV-Belastung // {P} {PURPOSE} | eBill // {P} {PURPOSE} Referenz {n15} | Lastschrift // {P} {PURPOSE} {MM}.{YYYY}
      insurers = CSS Versicherung | Helsana Versicherungen | Die Mobiliar | Visana | Krankenkasse Wädenswil
      loans = Cembra Money Bank | BMW Finanzdienstleistungen Schweiz | Bank-now AG
      subs = Serafe AG | Klangwelle Musik | Fitnesspark Winterthur | Seeländer Tagblatt Digital | Wolkentresor
      sub = Einkauf Debitkarte // {P} {DD}.{MM}.{YYYY} | eBill // {P} Abo
      groceries = Migros | Bäckerei-Konditorei Sutter | Metzgerei Zürcher | Käserei Alpenblick | Dorfladen Oberwil | Hofladen Sonnhalde | Reformhaus Vollkorn | Fischladen Seeblick | Volg
      dining = Restaurant Sternen | Café Schober | Pizzeria Molino | Gasthof Löwen | Zunfthaus zur Waag | Kebab Haus Anatolia | Beizli zum Bären | Bistro Bahnhofbuffet | Take-away Chäsbueb | Tea Room Rosengarten | Fondue Stübli | Kurierdienst Znacht
      fuel = Migrol Tankstelle | Avia Tankstelle Kunz | Garage und Tankstelle Huber | Tankstelle Seeland | Agrola
      transport = SBB CFF FFS | PostAuto AG | Taxi Zentrale Thun | Parkhaus City Aarau | Velostation Olten
      travel = Hotel Alpenrose | Jugendherberge Interlaken | Berghaus Gemsstock | Ferienwohnung Chalet Edelweiss | Reisebüro Fernblick
      healthcare = Apotheke zum Rebstock | Amavita Apotheke | Zahnarztpraxis Dr. Meier | Fielmann Optik | Physiotherapie Hubelweg | Drogerie Kräuterhaus
      shopping = Manor | Orell Füssli | Digitec Galaxus | Papeterie Zumstein | Schuh Bär | Blumen Rosengarten | Tuchlaube Stoffe | Eisenwaren Gisler | Spielzeugladen Holzwurm | Velo Stocker | Sportgeschäft Gipfel | Elektro Blitz | Modeboutique Annelies | Brockenstube Wädenswil | Zoofachhandel Pfote
      card = Einkauf Debitkarte // {P} {CITY} {DD}.{MM}.{YYYY} | Kauf/Dienstleistung vom {DD}.{MM}.{YYYY} // Kartennummer XXXX{n4} {P} {CITY} | TWINT // *{P} {CITY} | Debitkarte Apple Pay // {P} {CITY}
      refund = Gutschrift Debitkarte // {P} Rückerstattung
      atm = Bargeldbezug Bancomat // {CITY} {DD}.{MM}.{YYYY} | Bargeldbezug // Postomat {CITY}
      out = Zahlung // {P} {MEMO} | TWINT Senden // an {P} {MEMO}
      in = Gutschrift // {P} {MEMO} | TWINT Empfangen // von {P} {MEMO}
      friends = Luca Brunner | Nina Keller | Jonas Frei | Lara Baumann | Noah Steiner
      memos = Nachtessen | Geburtstag | Konzert | merci | Ferien
      savings = Übertrag auf Sparkonto {n8} | Übertrag auf Vorsorgekonto // Säule 3a | Kontoübertrag // eigenes Sparkonto
      fxfee = Bearbeitungsgebühr Fremdwährung
      bounce = Rückbuchung LSV // {P} Konto ungedeckt
      bouncefee = Gebühr Rückbuchung
      fee = Preis für Bankpaket | Kontoführungsgebühr
      interest = Zinsgutschrift
      currency = CHF
      scale = 0.95

      [pl]
      cities = Poznan | Lublin | Torun | Bydgoszcz | Rzeszow | Olsztyn | Opole
      months = styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien
      employers = Zaklady Mechaniczne Wisla Sp. z o.o. | Urzad Miasta Gniezna | Szpital Wojewodzki im. Kopernika | Drukarnia Kowalczyk S.A. | Przetwornia Owocow Sadownik Sp. z o.o.
      salary = PRZELEW PRZYCHODZACY // {P} WYNAGRODZENIE ZA {MM}.{YYYY} | WYNAGRODZENIE {MON} // {P} | PRZELEW OD {P} // {x10} | PENSJA {MM}/{YYYY} // {P}
      landlords = Spoldzielnia Mieszkaniowa Jutrzenka | Pani Halina Zielinska | Zarzadca Nieruchomosci Kamienica | Pan Tadeusz Wrobel
      rent = PRZELEW WYCHODZACY // {P} CZYNSZ {MON} | ZLECENIE STALE // {P} NAJEM MIESZKANIA
      power = PGE Obrot S.A. | Tauron Sprzedaz | Enea S.A.
      water = Wodociagi Miejskie | Aquanet S.A.
      gas = PGNiG Obrot Detaliczny | Gazownia Pomorska
      phone = Orange Polska | Play | Plus | T-Mobile Polska
      internet = UPC Polska | Netia S.A.
      purpose = ENERGIA ELEKTRYCZNA | WODA I SCIEKI | PALIWO GAZOWE | ABONAMENT KOMORKOWY | INTERNET | SKLADKA | RATA KREDYTU
      debit = POLECENIE ZAPLATY // {P} {PURPOSE} | PRZELEW WYCHODZACY // {P} {PURPOSE} FAKTURA {n8} | ZLECENIE STALE // {P} {PURPOSE}
      insurers = PZU S.A. | Warta | Towarzystwo Ubezpieczen Wzajemnych Rolnik | Allianz Polska
      loans = Santander Consumer Bank | Provident Polska | Bank Spoldzielczy Warmia
      subs = Netflix | Rytm Muzyka | Silownia Atlas | Gazeta Pomorska Cyfrowa | ChmuraDysk
      sub = PLATNOSC KARTA {P} // {DD}.{MM} | POLECENIE ZAPLATY // {P} SUBSKRYPCJA
      groceries = Biedronka | Piekarnia Pod Klosem | Delikatesy Centrum | Warzywniak U Zosi | Sklep Miesny Nowak | Sklep Spozywczy Ania | Rybny Raj | Nabial Mazurski | Sklep Ekologiczny Zielony Koszyk
      dining = Bar Mleczny Pod Lipami | Restauracja Stara Karczma | Pizzeria Roma | Kawiarnia Cynamon | Pierogarnia Babci Jadzi | Kebab Ali Baba | Cukiernia Slodki Kacik | Gospoda Pod Debem | Sushi Yama | Piwiarnia Browarna | Lodziarnia Bajka | Dostawa Jedzenia Szybki Kes
      fuel = Orlen | Stacja Paliw Moya | Stacja Paliw Pod Lasem | Paliwa Wisniewski | Samoobslugowa Stacja Zbyszko
      transport = PKP Intercity | MPK Poznan | Taxi Dworcowe | Strefa Platnego Parkowania | Rower Miejski
      travel = Hotel Pod Orlem | Pensjonat Gorski Potok | Agroturystyka Pod Gruszka | Biuro Podrozy Wedrowiec | LOT Polish Airlines
      healthcare = Apteka Pod Lwem | Apteka Gemini | Gabinet Stomatologiczny Usmiech | Optyk Okularnik | Przychodnia Medicover | Rehabilitacja Ruch
      shopping = Rossmann | Empik | Ksiegarnia Pod Globusem | Sklep Obuwniczy Kroczek | Kwiaciarnia Storczyk | Pasmanteria Nitka | Sklep Zoologiczny Azor | Drogeria Pachnidelko | Sklep Zabawkowy Bajtel | Elektronika Iskra | Sklep Sportowy Szczyt | Butik Magda | Meble Debowe | Sklep Internetowy Klikamy | Narzedzia Mlotek
      card = PLATNOSC KARTA {n4}XX{n4} // {P} {CITY} | TRANSAKCJA KARTA {DD}.{MM}.{YYYY} // {P} {CITY} POL | PLATNOSC BLIK // {P} {CITY} | ZAKUP PRZY UZYCIU KARTY // {P} {CITY} Apple Pay
      refund = ZWROT PLATNOSCI KARTA // {P}
      atm = WYPLATA GOTOWKI BANKOMAT // {CITY} {DD}.{MM} | WYPLATA Z BANKOMATU // {CITY} KARTA {n4}
      out = PRZELEW NA TELEFON BLIK // {P} {MEMO} | PRZELEW WYCHODZACY // {P} {MEMO}
      in = PRZELEW PRZYCHODZACY // {P} {MEMO} | PRZELEW NA TELEFON OD // {P} {MEMO}
      friends = Kacper Wisniewski | Zuzanna Kaminska | Mateusz Lewandowski | Natalia Dabrowska | Bartosz Mazur
      memos = za obiad | prezent | bilety | zwrot | dzieki
      savings = PRZELEW NA RACHUNEK OSZCZEDNOSCIOWY {n10} | PRZELEW WLASNY // KONTO OSZCZEDNOSCIOWE | LOKATA TERMINOWA // OTWARCIE {n8}
      bounce = ZWROT POLECENIA ZAPLATY // {P} BRAK SRODKOW
      fxfee = PROWIZJA ZA PRZEWALUTOWANIE
      bouncefee = OPLATA ZA ODMOWE REALIZACJI
      fee = OPLATA ZA PROWADZENIE RACHUNKU | OPLATA ZA KARTE
      interest = KAPITALIZACJA ODSETEK
      currency = PLN
      scale = 4.2
      """;

  /**
   * The eleven layouts: {@code country}, {@code bank}, {@code cols} (column kinds at their x: date,
   * value, type, text, debit, credit, amount, balance; amounts and balances right-aligned at x),
   * {@code header} (titles in the order of {@code cols}), {@code pdfdate}, {@code number} (de, fr,
   * en, ch), {@code sign} (signed, plus, trailing, crdr: the single amount column's sign), {@code
   * order} (oldest, newest), {@code wrap}, {@code rows} per page, {@code opening}, {@code closing},
   * {@code page}, {@code holder}, optionally {@code once} (date once per day), {@code cr} (balance
   * marked CR/DR), {@code months} (six-month statements per layout).
   */
  static final String LAYOUTS =
      """
      [de-hanse]
      country = de
      bank = Hansebank Wismar eG
      holder = Frau Kirsten Albers
      cols = date:40 | value:92 | text:146 | amount:560
      header = Buchungstag;Wert;Vorgang / Verwendungszweck;Betrag EUR
      pdfdate = dd.MM.yyyy
      number = de
      sign = signed
      order = oldest
      wrap = 60
      rows = 22
      opening = Alter Kontostand vom
      closing = Neuer Kontostand vom
      page = Blatt

      [de-kreis]
      country = de
      bank = Kreissparkasse Obermain
      holder = Herrn Lukas Brandl
      cols = date:40 | text:90 | value:330 | debit:430 | credit:495 | balance:562
      header = Datum;Erläuterung;Valuta;Soll;Haben;Saldo
      pdfdate = dd.MM.yy
      number = de
      order = oldest
      wrap = 44
      rows = 26
      opening = Kontostand am
      closing = Kontostand am
      page = Seite

      [fr-rivage]
      country = fr
      bank = Banque du Rivage
      holder = M. Antoine Delmas
      cols = date:40 | text:96 | value:350 | debit:455 | credit:540
      header = Date;Libellé de l'opération;Valeur;Débit euros;Crédit euros
      pdfdate = dd/MM/yyyy
      number = fr
      order = oldest
      wrap = 46
      rows = 24
      opening = Solde créditeur au
      closing = Nouveau solde créditeur au
      page = Page

      [es-meseta]
      country = es
      bank = Caja Meseta
      holder = Dña. Rocío Salgado Prieto
      cols = date:40 | value:92 | text:146 | amount:480 | balance:560
      header = F. Operación;F. Valor;Concepto;Importe;Saldo
      pdfdate = dd/MM/yyyy
      number = de
      sign = signed
      order = newest
      wrap = 52
      rows = 28
      opening = Saldo anterior
      closing = Saldo final
      page = Página

      [it-laguna]
      country = it
      bank = Banca della Laguna
      holder = Sig. Davide Moretti
      cols = date:40 | value:92 | debit:190 | credit:250 | text:262
      header = Data cont.;Data valuta;Uscite;Entrate;Descrizione operazione
      pdfdate = dd/MM/yyyy
      number = de
      order = oldest
      wrap = 60
      rows = 24
      opening = Saldo iniziale al
      closing = Saldo finale al
      page = Pagina

      [gb-thistle]
      country = gb
      bank = Thistle and Crown Bank
      holder = Mr Owen Radcliffe
      cols = date:40 | type:92 | text:120 | debit:420 | credit:490 | balance:562
      header = Date;Type;Description;Paid out;Paid in;Balance
      pdfdate = dd MMM yy
      number = en
      order = oldest
      once = yes
      wrap = 44
      rows = 26
      opening = Balance brought forward
      closing = Balance carried forward
      page = Page

      [au-wattle]
      country = au
      bank = Wattle Mutual Bank
      holder = Ms Isla Donovan
      cols = date:40 | text:100 | debit:400 | credit:470 | balance:562
      header = Date;Transaction details;Debit;Credit;Balance
      pdfdate = dd MMM yyyy
      number = en
      order = oldest
      cr = yes
      wrap = 50
      rows = 25
      opening = Opening balance
      closing = Closing balance
      page = Page

      [nl-polder]
      country = nl
      bank = Polderbank
      holder = Mw. E.J. Hoekstra
      cols = date:40 | text:100 | amount:560
      header = Datum;Naam / Omschrijving;Bedrag (EUR)
      pdfdate = dd-MM-yyyy
      number = de
      sign = plus
      order = newest
      wrap = 70
      rows = 24
      opening = Beginsaldo
      closing = Eindsaldo
      page = Blad

      [pt-atlantico]
      country = pt
      bank = Banco Atlântico Norte
      holder = Sr. Nuno Gaspar Teixeira
      cols = date:40 | value:92 | text:144 | debit:400 | credit:470 | balance:562
      header = Data Mov.;Data Valor;Descritivo;Débito;Crédito;Saldo
      pdfdate = dd-MM-yyyy
      number = de
      order = oldest
      wrap = 42
      rows = 26
      opening = Saldo inicial
      closing = Saldo final
      page = Página

      [ch-seeland]
      country = ch
      bank = Seeland Kantonalbank
      holder = Herr Reto Gerber
      cols = date:40 | text:90 | credit:375 | debit:435 | value:445 | balance:562
      header = Datum;Buchungstext;Gutschrift;Belastung;Valuta;Saldo CHF
      pdfdate = dd.MM.yy
      number = ch
      order = oldest
      wrap = 52
      rows = 26
      opening = Saldovortrag
      closing = Schlusssaldo
      page = Seite

      [pl-wisla]
      country = pl
      bank = Bank Nadwislanski S.A.
      holder = Pani Agnieszka Sobczak
      cols = date:40 | value:116 | text:176 | amount:480 | balance:562
      header = Data ksiegowania;Data operacji;Opis operacji;Kwota;Saldo po operacji
      pdfdate = yyyy-MM-dd
      number = fr
      sign = trailing
      order = newest
      wrap = 52
      rows = 26
      opening = Saldo poczatkowe
      closing = Saldo koncowe
      page = Strona
      """;

  private static final Map<String, WorldStatements.Country> CASTS = byId(CAST);

  private static Map<String, WorldStatements.Country> byId(String specs) {
    Map<String, WorldStatements.Country> out = new HashMap<>();
    WorldStatements.parse(specs).forEach(c -> out.put(c.id(), c));
    return out;
  }

  /**
   * Returns {@code perLayout} statements of every layout as text PDFs (the {@code csv} component of
   * {@link WorldStatements.Generated} holds the PDF): three months each, the last one six.
   */
  static List<WorldStatements.Generated> all(int perLayout) {
    return all(LAYOUTS, perLayout);
  }

  /**
   * Like {@link #all(int)}, for the layouts of {@code layouts} (in the format of {@link #LAYOUTS}).
   */
  static List<WorldStatements.Generated> all(String layouts, int perLayout) {
    List<WorldStatements.Generated> out = new ArrayList<>();
    for (WorldStatements.Country layout : WorldStatements.parse(layouts)) {
      WorldStatements.Country cast =
          CASTS.getOrDefault(layout.one("country"), new WorldStatements.Country("", Map.of()));
      for (int k = 0; k < perLayout; k++) {
        long seed = 104_723L * (k + 3) + layout.id().hashCode();
        int months = k == perLayout - 1 ? 6 : 3;
        Life life = new Life(cast, seed, k);
        life.live(months);
        List<WorldStatements.Row> rows = life.sorted();
        List<AnalysisScore.Label> labels = rows.stream().map(WorldStatements.Row::label).toList();
        out.add(
            new WorldStatements.Generated(
                layout.id() + "-" + Long.toHexString(seed) + "-m" + months,
                Printer.print(layout, cast, rows, life.rnd),
                labels,
                labels.stream().map(FreshStatements::withKindCategory).toList()));
      }
    }
    return out;
  }

  /** A label with the category its kind implies (the {@code category_all} figure). */
  private static AnalysisScore.Label withKindCategory(AnalysisScore.Label l) {
    String category =
        Map.of(
                "utility", "utilities",
                "insurance", "insurance",
                "subscription", "subscriptions",
                "fee", "fees",
                "bounce_fee", "fees",
                "atm_withdrawal", "cash_withdrawal",
                "loan", "loan_repayment",
                "rent", "rent_mortgage",
                "salary", "salary")
            .getOrDefault(l.kind(), l.category());
    return new AnalysisScore.Label(
        l.date(), l.amount(), l.kind(), category, l.counterparty(), l.series());
  }

  /** The card-purchase categories with the fixtures' weights (dining and shopping most common). */
  private static final String[] CATEGORY_BAG =
      ("dining dining dining dining dining dining dining shopping shopping shopping shopping"
              + " shopping shopping shopping groceries groceries groceries fuel fuel healthcare"
              + " healthcare transport travel")
          .split(" ", -1);

  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9]+)}");

  /** One household's bookings over some months. */
  private static final class Life {
    final WorldStatements.Country c;
    final Random rnd;

    /** The statement's number within its layout: it picks the salary, rent and savings wording. */
    final int variant;

    final List<WorldStatements.Row> rows = new ArrayList<>();
    final BigDecimal scale;

    Life(WorldStatements.Country c, long seed, int variant) {
      this.variant = variant;
      this.c = c;
      this.rnd = new Random(seed);
      this.scale = new BigDecimal(c.one("scale"));
    }

    String any(String key) {
      List<String> l = c.all(key);
      return l.get(rnd.nextInt(l.size()));
    }

    /** The wording of {@code key} for this statement: each statement of a layout another one. */
    String nth(String key) {
      List<String> l = c.all(key);
      return l.get(variant % l.size());
    }

    /** {@code n} distinct picks of a list (the household's regular shops). */
    List<String> some(String key, int n) {
      List<String> l = new ArrayList<>(c.all(key));
      java.util.Collections.shuffle(l, rnd);
      return List.copyOf(l.subList(0, Math.min(n, l.size())));
    }

    BigDecimal money(double base, double spread) {
      double v = base * (1 + spread * (2 * rnd.nextDouble() - 1));
      return BigDecimal.valueOf(v).multiply(scale).setScale(2, RoundingMode.HALF_UP);
    }

    String text(String template, LocalDate d, String party, String purpose, String memo) {
      Matcher m = FIELD.matcher(template);
      StringBuilder sb = new StringBuilder();
      List<String> months = List.of(c.one("months").split(" ", -1));
      while (m.find()) {
        String f = m.group(1);
        String v =
            switch (f) {
              case "P" -> party;
              case "PURPOSE" -> purpose;
              case "MEMO" -> memo;
              case "CITY" -> any("cities");
              case "MON" -> months.get(d.getMonthValue() - 1);
              case "YYYY" -> Integer.toString(d.getYear());
              case "YY" -> String.format(Locale.ROOT, "%02d", d.getYear() % 100);
              case "MM" -> String.format(Locale.ROOT, "%02d", d.getMonthValue());
              case "DD" -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth());
              case "hh" -> String.format(Locale.ROOT, "%02d", 7 + rnd.nextInt(15));
              case "mi" -> String.format(Locale.ROOT, "%02d", rnd.nextInt(60));
              default ->
                  f.startsWith("n")
                      ? RandomText.digits(rnd, Integer.parseInt(f.substring(1)))
                      : RandomText.reference(rnd, Integer.parseInt(f.substring(1)));
            };
        m.appendReplacement(sb, Matcher.quoteReplacement(v));
      }
      m.appendTail(sb);
      return sb.toString().replaceAll(" +", " ").strip();
    }

    void add(
        LocalDate d, BigDecimal a, String text, String kind, String cat, String party, String s) {
      rows.add(
          new WorldStatements.Row(
              d,
              a,
              text,
              new AnalysisScore.Label(
                  d,
                  a,
                  kind,
                  cat.isEmpty() ? null : cat,
                  party.isEmpty() ? null : party,
                  s.isEmpty() ? null : s)));
    }

    List<WorldStatements.Row> sorted() {
      List<WorldStatements.Row> out = new ArrayList<>(rows);
      out.sort(Comparator.comparing(WorldStatements.Row::date));
      return out;
    }

    void live(int monthCount) {
      YearMonth first = YearMonth.of(2025, 2 + rnd.nextInt(5));
      LocalDate start = first.atDay(1);
      LocalDate end = first.plusMonths(monthCount - 1L).atEndOfMonth();
      // income: monthly salary (worded or a bare payroll credit), fortnightly where customary
      String employer = any("employers");
      String payText = nth("salary");
      double pay = 1900 + rnd.nextInt(2900);
      double paySpread = rnd.nextBoolean() ? 0.04 : 0;
      if (c.one("pay").equals("fortnightly")) {
        LocalDate d = start.plusDays(rnd.nextInt(14));
        while (d.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
          d = d.plusDays(1);
        }
        for (; !d.isAfter(end); d = d.plusDays(14)) {
          add(
              d,
              money(pay * 12 / 26, paySpread),
              text(payText, d, employer, "", ""),
              "salary",
              "",
              employer,
              "salary:" + slug(employer));
        }
      }
      String landlord = any("landlords");
      String rentText = nth("rent");
      double rent = 450 + rnd.nextInt(950);
      int rentDay = 1 + rnd.nextInt(4);
      String[] billKeys = {"power", "water", "gas", "phone", "internet", "insurers", "loans"};
      String[] billKinds = {
        "utility", "utility", "utility", "utility", "utility", "insurance", "loan"
      };
      double[] bases = {70, 35, 60, 30, 40, 30 + rnd.nextInt(80), 110 + rnd.nextInt(280)};
      double[] spreads = {0.4, 0.3, 0.5, 0.15, 0, 0, 0};
      List<String> purposes = c.all("purpose");
      boolean[] has = {
        true,
        rnd.nextInt(3) > 0,
        rnd.nextBoolean(),
        true,
        rnd.nextBoolean(),
        true,
        rnd.nextBoolean()
      };
      String[] payees = new String[billKeys.length];
      String[] templates = new String[billKeys.length];
      int[] days = new int[billKeys.length];
      for (int b = 0; b < billKeys.length; b++) {
        payees[b] = any(billKeys[b]);
        templates[b] = any("debit");
        days[b] = 2 + rnd.nextInt(26);
      }
      boolean quarterly = monthCount >= 6 && rnd.nextBoolean();
      List<String> subs = some("subs", 1 + rnd.nextInt(3));
      String subText = any("sub");
      double[] subPrices = {12.99, 9.99, 29.9, 7.99, 4.99};
      Map<String, List<String>> regulars = new HashMap<>();
      for (String cat :
          List.of("groceries", "dining", "fuel", "transport", "travel", "healthcare", "shopping")) {
        regulars.put(cat, some(cat, cat.equals("dining") || cat.equals("shopping") ? 5 : 2));
      }
      double saving = 50 * (1 + rnd.nextInt(6));
      int saveDay = 1 + rnd.nextInt(27);
      String saveText = nth("savings");
      int bounceMonth = rnd.nextInt(monthCount + 1);
      int bounceBill = rnd.nextBoolean() ? 0 : 3;
      int refundMonth = rnd.nextInt(monthCount);
      String friendA = any("friends");
      // the bank's fee wording stays the same; interest follows the balance (varies widely)
      String feeText = any("fee");
      for (int mi = 0; mi < monthCount; mi++) {
        YearMonth m = first.plusMonths(mi);
        if (!c.one("pay").equals("fortnightly")) {
          LocalDate d = before(m.atDay(Math.min(27, m.lengthOfMonth())).plusDays(rnd.nextInt(2)));
          add(
              d,
              money(pay, paySpread),
              text(payText, d, employer, "", ""),
              "salary",
              "",
              employer,
              "salary:" + slug(employer));
        }
        LocalDate rd = after(m.atDay(rentDay));
        add(
            rd,
            money(rent, 0).negate(),
            text(rentText, rd, landlord, "", ""),
            "rent",
            "",
            landlord,
            "rent:" + slug(landlord));
        for (int b = 0; b < billKeys.length; b++) {
          if (!has[b] || (b == 5 && quarterly && mi % 3 != 0)) {
            continue;
          }
          LocalDate d = after(m.atDay(Math.min(days[b], m.lengthOfMonth())));
          BigDecimal a = money(bases[b] * (b == 5 && quarterly ? 3 : 1), spreads[b]).negate();
          add(
              d,
              a,
              text(templates[b], d, payees[b], purposes.get(b), ""),
              billKinds[b],
              "",
              payees[b],
              billKinds[b] + ":" + slug(payees[b]));
          if (b == bounceBill && mi == bounceMonth) {
            LocalDate back = after(d.plusDays(2 + rnd.nextInt(3)));
            add(
                back,
                a.negate(),
                text(c.one("bounce"), back, payees[b], "", ""),
                "bounced_payment",
                "",
                payees[b],
                "");
            add(
                back,
                money(rnd.nextBoolean() ? 3.5 : 6, 0).negate(),
                text(c.one("bouncefee"), back, "", "", ""),
                "bounce_fee",
                "",
                "",
                "");
          }
        }
        for (int s = 0; s < subs.size(); s++) {
          LocalDate d = m.atDay(4 + 8 * s + subs.get(s).length() % 3);
          add(
              d,
              money(subPrices[s % subPrices.length], 0).negate(),
              text(subText, d, subs.get(s), "", ""),
              "subscription",
              "",
              subs.get(s),
              "subscription:" + slug(subs.get(s)));
        }
        LocalDate sd = after(m.atDay(saveDay));
        add(
            sd,
            money(saving, 0).negate(),
            text(saveText, sd, "", "", ""),
            "own_transfer",
            "",
            "",
            "own_transfer:savings");
        LocalDate last = before(m.atEndOfMonth());
        add(
            last,
            money(c.one("currency").equals("PLN") ? 2.5 : 4.9, 0).negate(),
            text(feeText, last, "", "", ""),
            "fee",
            "",
            "",
            "fee:account");
        if (c.has("interest")) {
          add(
              last,
              money(0.2 + rnd.nextInt(300) / 100.0, 0),
              text(c.one("interest"), last, "", "", ""),
              "interest_credit",
              "",
              "",
              "interest_credit:monthly");
        }
        purchases(m, regulars, mi == refundMonth);
        for (int k = rnd.nextInt(3); k >= 0; k--) {
          LocalDate d = day(m);
          add(
              d,
              money(20 * (1 + rnd.nextInt(7)), 0).negate(),
              text(any("atm"), d, "", "", ""),
              "atm_withdrawal",
              "",
              "",
              "");
        }
        for (int k = rnd.nextInt(3); k >= 0; k--) {
          String friend = k == 0 ? friendA : any("friends");
          LocalDate d = day(m);
          add(
              d,
              money(45, 0.8).negate(),
              text(any("out"), d, friend, "", any("memos")),
              "transfer_out",
              "",
              friend,
              "");
        }
        for (int k = rnd.nextInt(2); k >= 0; k--) {
          String friend = any("friends");
          LocalDate d = day(m);
          add(
              d,
              money(30, 0.8),
              text(any("in"), d, friend, "", any("memos")),
              "transfer_in",
              "",
              friend,
              "");
        }
        if (c.has("cheque") && rnd.nextBoolean()) {
          LocalDate d = after(day(m));
          add(
              d,
              money(60, 0.7).negate(),
              text(c.one("cheque"), d, "", "", ""),
              "cheque",
              "",
              "",
              "");
        }
        if (c.has("chequein") && rnd.nextInt(3) == 0) {
          LocalDate d = after(day(m));
          add(
              d,
              money(120, 0.7),
              text(c.one("chequein"), d, "", "", ""),
              "cheque_deposit",
              "",
              "",
              "");
        }
      }
    }

    private void purchases(YearMonth m, Map<String, List<String>> regulars, boolean refund) {
      int n = 14 + rnd.nextInt(14);
      for (int k = 0; k < n; k++) {
        String cat = CATEGORY_BAG[rnd.nextInt(CATEGORY_BAG.length)];
        List<String> shops = regulars.getOrDefault(cat, List.of());
        // mostly the household's regular shops, sometimes another one of the country
        String shop =
            shops.isEmpty() || rnd.nextInt(4) == 0
                ? any(cat)
                : shops.get(rnd.nextInt(shops.size()));
        double base =
            switch (cat) {
              case "groceries" -> 45;
              case "dining" -> 24;
              case "fuel" -> 55;
              case "travel" -> 140;
              case "healthcare" -> 28;
              default -> 40;
            };
        LocalDate d = day(m);
        BigDecimal a = money(base, 0.75).negate();
        add(d, a, text(any("card"), d, shop, "", ""), "card_purchase", cat, shop, "");
        if (cat.equals("travel") && rnd.nextBoolean()) {
          // a purchase abroad: the bank's foreign-transaction fee follows a day later
          LocalDate fd = d.plusDays(1);
          add(
              fd,
              a.abs().multiply(new BigDecimal("0.0175")).setScale(2, RoundingMode.HALF_UP).negate(),
              text(c.one("fxfee"), fd, "", "", ""),
              "fee",
              "",
              "",
              "");
        }
        if (refund && k == 0 && d.getDayOfMonth() < m.lengthOfMonth() - 3) {
          LocalDate back = d.plusDays(2 + rnd.nextInt(2));
          add(back, a.negate(), text(c.one("refund"), back, shop, "", ""), "refund", "", shop, "");
        }
      }
    }

    private LocalDate day(YearMonth m) {
      return m.atDay(1 + rnd.nextInt(m.lengthOfMonth()));
    }
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The next business day on or after {@code d}. */
  private static LocalDate after(LocalDate d) {
    return weekend(d) ? after(d.plusDays(1)) : d;
  }

  /** The last business day on or before {@code d}. */
  private static LocalDate before(LocalDate d) {
    return weekend(d) ? before(d.minusDays(1)) : d;
  }

  private static String slug(String s) {
    return String.join("-", s.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+", -1));
  }

  /** Writes one statement in a layout. */
  static final class Printer {
    private static final float SIZE = 8;

    private Printer() {}

    static byte[] print(
        WorldStatements.Country layout,
        WorldStatements.Country cast,
        List<WorldStatements.Row> rows,
        Random r) {
      List<String> cols = layout.all("cols");
      String[] header = layout.one("header").split(";", -1);
      DateTimeFormatter dates = DateTimeFormatter.ofPattern(layout.one("pdfdate"), Locale.ENGLISH);
      BigDecimal opening =
          BigDecimal.valueOf(800 + r.nextInt(2500))
              .multiply(new BigDecimal(cast.one("scale")))
              .setScale(2, RoundingMode.HALF_UP);
      List<BigDecimal> balances = new ArrayList<>();
      BigDecimal running = opening;
      for (WorldStatements.Row row : rows) {
        running = running.add(row.amount());
        balances.add(running);
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        order.add(layout.one("order").equals("newest") ? rows.size() - 1 - i : i);
      }
      LocalDate from = rows.get(0).date().withDayOfMonth(1);
      LocalDate to = rows.get(rows.size() - 1).date();
      to = to.withDayOfMonth(to.lengthOfMonth());
      String account =
          RandomText.digits(r, 4)
              + " "
              + RandomText.digits(r, 4)
              + " "
              + RandomText.digits(r, 4)
              + " "
              + RandomText.digits(r, 2);
      int wrap = Integer.parseInt(layout.one("wrap"));
      int perPage = Integer.parseInt(layout.one("rows"));
      try (PdfCanvas pdf = new PdfCanvas()) {
        pdf.newPage();
        pdf.text(pdf.bold, 13, 40, layout.one("bank"));
        pdf.right(9, 562, layout.one("page") + " 1");
        pdf.y -= 20;
        pdf.text(9, 40, layout.one("holder"));
        pdf.text(9, 340, "Nr. " + account + "  " + cast.one("currency"));
        pdf.y -= 12;
        pdf.text(9, 40, cast.all("cities").get(0));
        pdf.text(9, 340, dates.format(from) + " - " + dates.format(to));
        pdf.y -= 22;
        pdf.text(9, 40, layout.one("opening") + " " + dates.format(from.minusDays(1)));
        pdf.right(9, 562, money(layout, opening, true));
        pdf.y -= 22;
        header(pdf, cols, header);
        int onPage = 0;
        LocalDate previous = null;
        for (int i : order) {
          WorldStatements.Row row = rows.get(i);
          if (onPage == perPage) {
            pdf.newPage();
            pdf.text(8, 40, layout.one("bank") + " - " + layout.one("holder"));
            pdf.right(8, 562, layout.one("page") + " " + pdf.pages());
            pdf.y -= 24;
            header(pdf, cols, header);
            onPage = 0;
            previous = null;
          }
          List<String> lines = new ArrayList<>();
          for (String part : row.text().split(" // ", -1)) {
            lines.addAll(PdfCanvas.wrap(part, wrap));
          }
          BigDecimal a = row.amount();
          for (String col : cols) {
            String kind = col.substring(0, col.indexOf(':'));
            float x = Float.parseFloat(col.substring(col.indexOf(':') + 1));
            switch (kind) {
              case "date" -> {
                if (!(layout.has("once") && row.date().equals(previous))) {
                  pdf.text(SIZE, x, dates.format(row.date()));
                }
              }
              case "value" -> pdf.text(SIZE, x, dates.format(after(row.date())));
              case "type" -> pdf.text(SIZE, x, typeCode(row.label().kind(), a));
              case "text" -> pdf.text(SIZE, x, lines.get(0));
              case "debit" -> {
                if (a.signum() < 0) {
                  pdf.right(SIZE, x, money(layout, a.abs(), false));
                }
              }
              case "credit" -> {
                if (a.signum() > 0) {
                  pdf.right(SIZE, x, money(layout, a, false));
                }
              }
              case "amount" -> pdf.right(SIZE, x, signed(layout, a));
              case "balance" -> pdf.right(SIZE, x, money(layout, balances.get(i), true));
              default -> throw new IllegalArgumentException(kind);
            }
          }
          previous = row.date();
          float textX = textX(cols);
          for (int k = 1; k < lines.size(); k++) {
            pdf.y -= 10;
            pdf.text(SIZE, textX, lines.get(k));
          }
          pdf.y -= 13;
          onPage++;
        }
        pdf.y -= 10;
        pdf.text(9, 40, layout.one("closing") + " " + dates.format(to));
        pdf.right(9, 562, money(layout, running, true));
        return pdf.bytes();
      }
    }

    private static float textX(List<String> cols) {
      for (String col : cols) {
        if (col.startsWith("text:")) {
          return Float.parseFloat(col.substring(5));
        }
      }
      throw new IllegalArgumentException("no text column");
    }

    private static void header(PdfCanvas pdf, List<String> cols, String[] header) {
      for (int k = 0; k < cols.size(); k++) {
        String col = cols.get(k);
        String kind = col.substring(0, col.indexOf(':'));
        float x = Float.parseFloat(col.substring(col.indexOf(':') + 1));
        if (kind.equals("debit")
            || kind.equals("credit")
            || kind.equals("amount")
            || kind.equals("balance")) {
          pdf.right(pdf.bold, SIZE, x, header[k]);
        } else {
          pdf.text(pdf.bold, SIZE, x, header[k]);
        }
      }
      pdf.y -= 15;
    }

    /** The British booking-type code printed in its own column. */
    private static String typeCode(String kind, BigDecimal a) {
      return switch (kind) {
        case "card_purchase", "subscription" -> "DEB";
        case "refund" -> "CR";
        case "atm_withdrawal" -> "CPT";
        case "utility", "insurance", "loan", "bounce_fee" -> "DD";
        case "rent" -> "SO";
        case "cheque" -> "CHQ";
        case "fee", "interest_credit" -> "PAY";
        default -> a.signum() < 0 ? "FPO" : "BGC";
      };
    }

    private static String signed(WorldStatements.Country layout, BigDecimal a) {
      String plain = money(layout, a.abs(), false);
      boolean minus = a.signum() < 0;
      return switch (layout.one("sign")) {
        case "plus" -> (minus ? "-" : "+") + plain;
        case "trailing" -> plain + (minus ? "-" : "");
        default -> (minus ? "-" : "") + plain;
      };
    }

    /** An amount in the layout's number form; a balance signed, or marked CR/DR. */
    private static String money(WorldStatements.Country layout, BigDecimal v, boolean balance) {
      DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
      switch (layout.one("number")) {
        case "de" -> {
          symbols.setGroupingSeparator('.');
          symbols.setDecimalSeparator(',');
        }
        case "fr" -> {
          symbols.setGroupingSeparator(' ');
          symbols.setDecimalSeparator(',');
        }
        case "ch" -> {
          symbols.setGroupingSeparator('\'');
          symbols.setDecimalSeparator('.');
        }
        default -> {
          symbols.setGroupingSeparator(',');
          symbols.setDecimalSeparator('.');
        }
      }
      String plain = new DecimalFormat("#,##0.00", symbols).format(v.abs());
      if (!balance) {
        return plain;
      }
      if (layout.has("cr")) {
        return plain + (v.signum() < 0 ? " DR" : " CR");
      }
      return (v.signum() < 0 ? "-" : "") + plain;
    }
  }
}
