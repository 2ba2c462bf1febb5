package io.github.bsa.parsers.analysis;

import io.github.bsa.parsers.internal.pdf.PdfCanvas;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A fifth blind set, and the first printed one: labelled statements of ten invented banks of nine
 * countries written as <b>text PDFs</b> (PDFBox, through the test {@link PdfCanvas}) and read back
 * through bsa's PDF parser, so that the analysis is measured after the wrapping, column and number
 * artefacts of printed layouts, as on the issue's own hidden set. Layouts: two German banks
 * (Sparkasse-like signed amounts with a value date and "Übertrag" lines; Volksbank-like Soll/Haben
 * columns with three-line descriptions and two-digit years), France (Débit/Crédit, value date,
 * space thousands), Spain (signed with a running balance), the Netherlands (Af/Bij columns, newest
 * first), Italy (Dare/Avere, value date, two-digit years), the UK (paid out/paid in, the date
 * printed once per day, brought/carried forward), a second Indian layout (withdrawal/deposit, a
 * reference column, lakh grouping, balance marked Cr), Austria (amount with a trailing sign) and
 * Ireland (debit/credit, dd MMM yy). The household life (salary in local words and rails, rent,
 * utilities whose amounts vary, insurance, a loan, subscriptions, a weekly payment to a person,
 * card purchases with payment-method and location noise, cash, transfers with friends, own-savings
 * transfers named only in the description, a bounced direct debit and its fee, a one-off) is that
 * of {@link WorldStatements}; banks, people and merchants are invented, shops named by their trade
 * (often in compounds) or as brand-like words.
 *
 * <p>Two casts, like {@link AtlasStatements}: the <b>tuning cast</b> ({@link #SPECS}) that generic
 * rules may be written from, and the <b>evaluation cast</b> ({@link #EVAL_CAST}: other employers,
 * landlords, shops and friends), never used for rules. Both were written, and their first figures
 * recorded (see {@code AnalysisPrintedScoreTest} and ADR 0420), before any rule was changed.
 */
final class PrintedStatements {
  private PrintedStatements() {}

  /**
   * The banks and households, in the key format of {@link WorldStatements}, plus the keys of the
   * printed layout: {@code bank}, {@code header} (column titles), {@code pdfdate} (date pattern),
   * {@code number} (de, fr, en, in: grouping and decimal marks), {@code amounts} (signed, plus:
   * signed with "+", columns, trailing: sign after the number), {@code balance}, {@code valuedate},
   * {@code ref} (a reference column), {@code wrap} (characters per description line), {@code rows}
   * (bookings per page), {@code order} (newest), {@code once} (date once per day), {@code cr}
   * (balance marked Cr/Dr), {@code opening}, {@code closing}, {@code bf}, {@code cf}, {@code page},
   * {@code holder}.
   */
  static final String SPECS =
      """
      [de-sk]
      bank = Sparkasse Kornstadt-Elbtal
      holder = Jonas Wendelin Krüger
      header = Buchungstag;Valuta;Buchungstext / Verwendungszweck;Betrag EUR
      pdfdate = dd.MM.yyyy
      number = de
      amounts = plus
      balance = no
      valuedate = yes
      wrap = 40
      rows = 24
      opening = Kontostand am Beginn des Auszugs
      closing = Kontostand am Ende des Auszugs
      page = Kontoauszug Seite
      currency = EUR
      scale = 1
      months = JANUAR FEBRUAR MÄRZ APRIL MAI JUNI JULI AUGUST SEPTEMBER OKTOBER NOVEMBER DEZEMBER
      card = Kartenzahlung girocard {M} {CITY} {DD}.{MM} {n2}:{n2} | Girocard {M} {CITY} Karte {n4}XXXX{n4} | Debitkarte Visa {M} {CITY} {YYYY}-{MM}-{DD}
      salary = Lohn/Gehalt {P} Gehalt {MM}/{YYYY} Personalnr. {n6} | Gutschrift {P} Bezüge {MON} {YYYY}
      rent = Dauerauftrag {P} Miete {MON} Whg. {n2}
      debit = Lastschrift {P} {PURPOSE} Kundennr. {n8} Mandat {x10} | SEPA-Basislastschrift {P} {PURPOSE} Vertrag {n9}
      savings = Umbuchung auf Sparkonto {n10} | Übertrag auf Tagesgeldkonto {n10}
      atm = Bargeldauszahlung GA {CITY} {DD}.{MM} {n2}:{n2}
      out = Überweisung {P} {MEMO}
      in = Gutschrift Überweisung {P} {MEMO}
      bounce = Rücklastschrift {P} mangels Deckung
      bouncefee = Entgelt Rücklastschrift
      fee = Kontoführungsentgelt {MON}
      benefit = Kindergeld {P} KG-Nr. {n8}
      refund = Steuererstattung {YYYY} {P}
      power = Strom Abschlag
      gas = Gas Abschlag
      water = Wasser Abschlag
      phone = Mobilfunk Rechnung
      insurance = Hausratversicherung Beitrag
      loan = Darlehensrate
      employers = Kornblume Werkzeugbau GmbH | Elbhafen Klinikum gGmbH
      landlords = Gerda Hollmann | Wohnbau Talgrund eG
      powerco = Stromkontor Elbtal GmbH | Energieversorgung Talgrund
      gasco = Erdgas Kornstadt AG
      waterco = Wasserverband Elbtal
      phoneco = FunkNetz Mobil GmbH | Telekabel Plus
      insurers = Hanse Hausrat Versicherung AG | Rheinland Haftpflicht VVaG
      subs = StreamFix | Klangraum Music
      loans = Ratenkredit Bank Sonnental
      benefitpayer = Familienkasse Nord
      refundpayer = Finanzamt Kornstadt
      groceries = Frischemarkt Lindenhof | Biomarkt Sonnenkorn | Getränkemarkt Quellgrund | Hofladen Wiesengrund
      dining = Café Zuckerwerk | Stadtbäckerei Morgenrot | Pizzeria Lanterna | Imbiss Zum Anker
      fuel = Tankstelle Nordring | Tankhof Sieben Eichen | FuelPoint Autohof
      transport = Verkehrsverbund Elbtal | Taxizentrale Kornstadt | RideNow Fahrdienst
      shopping = Buchhandlung Leseinsel | Baumarkt Hammerhai | Tierbedarf Pfotenglück | Kaufwelt Online-Marktplatz
      healthcare = Löwen-Apotheke am Markt | Zahnarztpraxis Dr. Brenner | Sanitätshaus Lotsenweg
      travel = Hotel Seeblick | Ferienwohnung Dünenweg | SkyHopper Airlines
      cities = KORNSTADT | ELBTAL | HAFENSTEDT
      friends = Mareike Sommerfeld | Tobias Rainer
      memos = Essen | Geschenk | Konzertkarten
      weekly = Haushaltshilfe Irina Pohl

      [de-vb]
      bank = Volksbank Mittelgrund eG
      holder = Sabine Achterberg
      header = Datum;Erläuterung;Soll;Haben;Saldo
      pdfdate = dd.MM.yy
      number = de
      amounts = columns
      balance = yes
      valuedate = no
      wrap = 30
      rows = 20
      opening = alter Kontostand vom
      closing = neuer Kontostand vom
      bf = Übertrag von Seite
      cf = Übertrag auf Seite
      page = Blatt
      currency = EUR
      scale = 1
      months = JAN FEB MÄR APR MAI JUN JUL AUG SEP OKT NOV DEZ
      card = Basislastschrift girocard {M} {CITY} GA-Nr {n8} BLZ {n8} {n1} | Kartenzahlung {M} {CITY} Kartennr. {n4}XXXXXXXX{n4} | VISA Debit {M} {CITY} {DD}.{MM}
      salary = Lohn, Gehalt, Rente {P} Entgelt {MON} {YYYY} | Gehaltszahlung {P} {MM}.{YYYY} Abrechnung {n5}
      rent = Dauerauftrag an {P} Kaltmiete und NK {MON}
      debit = Basis-Lastschrift {P} {PURPOSE} Gläubiger-ID DE{n2}ZZZ{n10} | Einzug {P} {PURPOSE} Ref. {x12}
      savings = Übertrag an VR-Sparkonto {n10} | Umbuchung Festgeld Anlage {n8}
      atm = Auszahlung Geldautomat {CITY} {DD}.{MM}.{YY}
      out = Überweisungsauftrag {P} {MEMO}
      in = Zahlungseingang {P} {MEMO}
      bounce = Rückbuchung Lastschrift {P} Konto ungedeckt
      bouncefee = Gebühr Rücklastschrift
      fee = Kontoführung Grundpreis {MON}
      benefit = Kindergeld {P}
      refund = Erstattung Einkommensteuer {YYYY} {P}
      power = Stromabschlag
      gas = Erdgasabschlag
      water = Trinkwasser Abschlag
      phone = Festnetz und Internet
      insurance = Kfz-Versicherung Beitrag
      loan = Tilgungsrate Baudarlehen
      employers = Mittelgrund Holzbau GmbH & Co. KG | Landkreis Mittelgrund
      landlords = Heinrich Voss | Siedlungswerk Talblick GmbH
      powerco = Überlandwerk Mittelgrund | Grünstrom Direkt eG
      gasco = Gaswerk Talblick
      waterco = Zweckverband Trinkwasser Mittelgrund
      phoneco = Drahtlos Kommunikation AG | NetzKabel GmbH
      insurers = Lindenhof Versicherungsverein | Kfz-Schutz Mittelgrund VVaG
      subs = Bildschirm+ | Hörbuchwelt
      loans = Bausparkasse Talblick
      benefitpayer = Familienkasse Süd
      refundpayer = Finanzamt Mittelgrund
      groceries = Landmarkt Gerstenfeld | Metzgerei Kühnhold | Getränkeland Brunnhof | Gemüsehof Aurich
      dining = Konditorei Mandelherz | Landgasthof Zur Linde | Kaffeerösterei Bohnenglück | Dönerhaus Sultan
      fuel = Tankcenter Mittelgrund | Autohof Tankpunkt West | Raststätte Kupferberg
      transport = Regionalbus Mittelgrund | Taxi Ruf Heller | Bahnhof Fahrkartenautomat
      shopping = Bücherstube Eselsohr | Heimwerkermarkt Schraubenkönig | Zoofachmarkt Tatze | Modehaus Falkner
      healthcare = Rosen-Apotheke | Hausarztpraxis Dr. Lenz | Optiker Scharfblick
      travel = Pension Bergfrieden | Hotel Alte Post | Ferienflieger Sonnenweit
      cities = MITTELGRUND | TALBLICK | KUPFERBERG
      friends = Henrik Albers | Leonie Brandt
      memos = Grillabend | Tankgeld | Geburtstag
      weekly = Nachhilfe Jana Krämer

      [fr]
      bank = Banque Populaire du Val Doré
      holder = Camille Delorme
      header = Date;Valeur;Libellé des opérations;Débit;Crédit
      pdfdate = dd/MM/yyyy
      number = fr
      amounts = columns
      balance = no
      valuedate = yes
      wrap = 38
      rows = 26
      opening = Solde créditeur au
      closing = Nouveau solde créditeur au
      page = Page
      currency = EUR
      scale = 1
      months = JANVIER FEVRIER MARS AVRIL MAI JUIN JUILLET AOUT SEPTEMBRE OCTOBRE NOVEMBRE DECEMBRE
      card = CB {M} {DD}/{MM} {CITY} CARTE {n4}XXXX{n4} | PAIEMENT CB {DD}{MM} {CITY} {M} | ACHAT CB {M} {DD}.{MM}.{YY} CARTE {n4}
      salary = VIR SEPA RECU /DE {P} /MOTIF SALAIRE {MON} {YYYY} | VIREMENT DE {P} PAIE {MM}/{YYYY}
      rent = VIR PERMANENT {P} LOYER {MON}
      debit = PRLV SEPA {P} {PURPOSE} RUM {x14} | PRELEVEMENT {P} {PURPOSE} REF {n10}
      savings = VIR INTERNE VERS LIVRET A {n11} | VIREMENT VERS COMPTE EPARGNE LDDS {n11}
      atm = RETRAIT DAB {DD}/{MM} {CITY}
      out = VIR SEPA EMIS VERS {P} {MEMO}
      in = VIR SEPA RECU /DE {P} /MOTIF {MEMO}
      bounce = REJET PRLV {P} MOTIF PROVISION INSUFFISANTE
      bouncefee = FRAIS REJET PRELEVEMENT
      fee = COTISATION OFFRE GROUPEE {MON}
      benefit = ALLOCATIONS FAMILIALES {P}
      refund = REMBOURSEMENT IMPOT {YYYY} {P}
      power = ELECTRICITE ECHEANCE
      gas = GAZ NATUREL ECHEANCE
      water = EAU FACTURE
      phone = FORFAIT MOBILE
      insurance = ASSURANCE HABITATION
      loan = ECHEANCE PRET
      employers = ATELIERS DU VAL DORE SAS | CLINIQUE DES TILLEULS
      landlords = Madame Odile Ferrand | SCI LES GLYCINES
      powerco = VOLTALIS ENERGIE | ELECTRICITE DES COTEAUX
      gasco = GAZ DES COTEAUX
      waterco = REGIE DES EAUX DU VAL
      phoneco = ONDEMOBILE | FIBRA TELECOM
      insurers = MUTUELLE DU VAL DORE | ASSURANCES LA PRUDENTE
      subs = CINEFLUX | MUSICORA
      loans = CREDIT DES COTEAUX
      benefitpayer = CAF DU VAL
      refundpayer = DGFIP
      groceries = EPICERIE DU MARCHE | SUPERMARCHE LES HALLES | PRIMEUR BELLEFEUILLE | FROMAGERIE DU PONT
      dining = BOULANGERIE LA MIE DOREE | BRASSERIE DU CANAL | CREPERIE TI BREIZH | CAFE DES ARTS
      fuel = STATION CARBUROUEST | RELAIS DU PLATEAU CARBURANT | ESSENCE EXPRESS
      transport = TRANSPORTS DU VAL TICKET | TAXI DU CENTRE | VTC CITYRIDE
      shopping = LIBRAIRIE LA PLUME | BRICOLAGE DU VAL | ANIMALERIE PATTE DOUCE | MARCHEPLACE EN LIGNE
      healthcare = PHARMACIE DES TILLEULS | CABINET DENTAIRE DR MOREAU | OPTIQUE CLAIRVUE
      travel = HOTEL LES MOUETTES | AIRCOTE VOLS | GITE DU MOULIN
      cities = VALDORE | LES COTEAUX | SAINT AUBIN
      friends = Julien Marchand | Elodie Garnier
      memos = RESTAU | CADEAU | VACANCES
      weekly = Nounou Fatima Haddad

      [es]
      bank = Caja Rural del Sotillo
      holder = Lucía Herrero Campos
      header = F. Operación;F. Valor;Concepto;Importe;Saldo
      pdfdate = dd/MM/yyyy
      number = de
      amounts = signed
      balance = yes
      valuedate = yes
      wrap = 36
      rows = 28
      opening = Saldo anterior
      closing = Saldo final
      page = Página
      currency = EUR
      scale = 1
      months = ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE
      card = COMPRA TARJ. {n4}XXXXXXXX{n4} {M} {CITY} | PAGO CON TARJETA {M} {CITY} {DD}/{MM} | COMPRA BIZUM COMERCIO {M}
      salary = ABONO NOMINA {P} {MON} | TRANSFERENCIA RECIBIDA {P} NOMINA {MM}/{YYYY}
      rent = TRANSF. PERIODICA A {P} ALQUILER {MON}
      debit = RECIBO {P} {PURPOSE} REF. {n12} | ADEUDO DOMICILIADO {P} {PURPOSE} MANDATO {x10}
      savings = TRASPASO A CUENTA AHORRO {n10} | TRASPASO A DEPOSITO PLAZO FIJO {n8}
      atm = REINTEGRO CAJERO {CITY} {DD}/{MM}
      out = BIZUM ENVIADO A {P} {MEMO}
      in = BIZUM RECIBIDO DE {P} {MEMO}
      bounce = DEVOLUCION RECIBO {P} SALDO INSUFICIENTE
      bouncefee = COMISION DEVOLUCION RECIBO
      fee = COMISION MANTENIMIENTO {MON}
      refund = DEVOLUCION IRPF {YYYY} {P}
      power = LUZ FACTURA
      gas = GAS NATURAL FACTURA
      water = AGUA SUMINISTRO
      phone = TELEFONIA MOVIL
      insurance = SEGURO HOGAR
      loan = CUOTA PRESTAMO
      employers = CONSERVAS DEL SOTILLO SL | AYUNTAMIENTO DE VILLAMAR
      landlords = Andrés Pizarro Gil | INMOBILIARIA RIBERA ALTA SL
      powerco = ELECTRA DEL SOTILLO | LUZVERDE ENERGIA
      gasco = GASES DEL NORTE SA
      waterco = AGUAS DE VILLAMAR
      phoneco = ONDAMOVIL | TELERED FIBRA
      insurers = SEGUROS LA ATALAYA | MUTUA RIBERA
      subs = PANTALLAPLUS | SONORA MUSICA
      loans = FINANCIERA SOTILLO
      refundpayer = AGENCIA TRIBUTARIA
      groceries = SUPERMERCADOS LA DESPENSA | FRUTERIA EL HUERTO | CARNICERIA HERMANOS VIDAL | ULTRAMARINOS LA ESQUINA
      dining = CAFETERIA EL FARO | PANADERIA SAN ROQUE | TABERNA LOS ARCOS | PIZZERIA BELLAVISTA
      fuel = GASOLINERA LA RIBERA | ESTACION DE SERVICIO EL PINAR | COMBUSTIBLES AVANTE
      transport = AUTOBUSES VILLAMAR | RADIO TAXI SOTILLO | METROLINEA BILLETES
      shopping = LIBRERIA EL CANDIL | FERRETERIA LA LLAVE | TIENDA ANIMALES GUAU | MERCADONLINE COMPRAS
      healthcare = FARMACIA LDO. ORTEGA | CLINICA DENTAL SONRISA | OPTICA MIRADOR
      travel = HOTEL MIRAMAR | HOSTAL LA POSADA | AEROSOL VUELOS
      cities = VILLAMAR | EL SOTILLO | RIBERA ALTA
      friends = Pablo Navarro | Marta Iglesias
      memos = CENA | REGALO | ENTRADAS
      weekly = Limpieza Rosario Molina

      [nl]
      bank = Polderbank N.V.
      holder = Daan Verhoeven
      header = Datum;Omschrijving;Af;Bij
      pdfdate = dd-MM-yyyy
      number = de
      amounts = columns
      balance = no
      valuedate = no
      order = newest
      wrap = 44
      rows = 30
      opening = Beginsaldo
      closing = Eindsaldo
      page = Pagina
      currency = EUR
      scale = 1
      months = JANUARI FEBRUARI MAART APRIL MEI JUNI JULI AUGUSTUS SEPTEMBER OKTOBER NOVEMBER DECEMBER
      card = BEA, Betaalpas {M},PAS{n3} NR:{x8} {DD}.{MM}.{YY}/{n2}:{n2} {CITY} | Betaalpas {M} {CITY} {DD}-{MM}-{YYYY} | Apple Pay {M} {CITY}
      salary = SEPA Overboeking IBAN NL{n2}PLDR{n10} Naam: {P} Omschrijving: SALARIS {MON} {YYYY} | Salaris {P} periode {MM}-{YYYY}
      rent = SEPA Periodieke overb. {P} Huur {MON}
      debit = SEPA Incasso algemeen doorlopend Incassant: NL{n2}ZZZ{n9} Naam: {P} Omschrijving: {PURPOSE} | Incasso {P} {PURPOSE} Kenmerk {n12}
      savings = Naar Oranje spaarrekening {n10} | Overboeking naar Spaardeposito {n8}
      atm = GEA, Betaalpas Geldautomaat {CITY} {DD}.{MM}.{YY}
      out = Tikkie betaling aan {P} {MEMO}
      in = Overboeking van {P} {MEMO}
      bounce = Storno incasso {P} onvoldoende saldo
      bouncefee = Kosten storno incasso
      fee = Kosten betaalpakket {MON}
      benefit = Kinderbijslag {P}
      refund = Teruggaaf inkomstenbelasting {YYYY} {P}
      power = stroom termijnbedrag
      gas = gas termijnbedrag
      water = drinkwater
      phone = mobiel abonnement
      insurance = inboedelverzekering premie
      loan = aflossing lening
      employers = Zuidpolder Logistiek B.V. | Gemeente Dijkzicht
      landlords = Woonstichting Waterland | Pieter de Graaf
      powerco = Windkracht Energie B.V. | Stroomhuis Noord
      gasco = Polder Gas Levering
      waterco = Waterbedrijf Dijkzicht
      phoneco = Golflijn Mobiel | KabelNet Thuis
      insurers = Dijkzicht Verzekeringen N.V. | Onderlinge Waarborg Polder
      subs = Kijkbox | Luisterland
      loans = Krediethuis Polder
      benefitpayer = Sociale Verzekeringsbank
      refundpayer = Belastingdienst
      groceries = Versmarkt Polderhof | Kaashandel De Molen | Groenteboer Van Dijk | Slijterij Het Vat
      dining = Bakkerij Korenbloem | Eetcafe De Kade | Snackbar Het Hoekje | Koffiebar Bonenstaak
      fuel = Tankstation Dijkweg | PompWeg Brandstof | TankSnel Zuid
      transport = OV-chipkaart Oplaadpunt | Taxicentrale Dijkzicht | RitDirect
      shopping = Boekhandel De Bladwijzer | Bouwmarkt Schroefje | Dierenspeciaalzaak Snuffel | Koopplein Online
      healthcare = Apotheek De Linde | Tandartspraktijk Smits | Drogisterij Zonnebloem
      travel = Hotel De Zeemeeuw | Vakantiepark De Duinen | WolkVlucht Airlines
      cities = DIJKZICHT | POLDERHOF | ZUIDKADE
      friends = Sanne Bakker | Joris Mulder
      memos = etentje | cadeau | tickets
      weekly = Oppas Fleur Jansen

      [it]
      bank = Banca di Credito Valdoglio
      holder = Marco Benedetti
      header = Data;Valuta;Descrizione operazione;Dare;Avere
      pdfdate = dd/MM/yy
      number = de
      amounts = columns
      balance = no
      valuedate = yes
      wrap = 38
      rows = 25
      opening = Saldo iniziale
      closing = Saldo finale
      page = Pag.
      currency = EUR
      scale = 1
      months = GENNAIO FEBBRAIO MARZO APRILE MAGGIO GIUGNO LUGLIO AGOSTO SETTEMBRE OTTOBRE NOVEMBRE DICEMBRE
      card = PAGAMENTO POS {M} {CITY} CARTA {n4}****{n4} {DD}/{MM}/{YY} | PAGAMENTO CONTACTLESS {M} {CITY} | ACQUISTO BANCOMAT {M} {CITY} {DD}/{MM}
      salary = ACCREDITO EMOLUMENTI {P} STIPENDIO {MON} | BONIFICO A VOSTRO FAVORE {P} CAUSALE STIPENDIO {MM}/{YYYY}
      rent = BONIFICO PERIODICO {P} CANONE AFFITTO {MON}
      debit = ADDEBITO SDD {P} {PURPOSE} MANDATO {x12} | ADDEBITO DIRETTO {P} {PURPOSE} BOLLETTA {n10}
      savings = GIROCONTO SU CONTO DEPOSITO {n10} | GIROCONTO VERSO LIBRETTO RISPARMIO {n8}
      atm = PRELIEVO BANCOMAT {CITY} {DD}/{MM}
      out = BONIFICO ISTANTANEO A {P} {MEMO}
      in = BONIFICO DA {P} {MEMO}
      bounce = STORNO ADDEBITO SDD {P} INSOLUTO
      bouncefee = COMMISSIONE INSOLUTO SDD
      fee = CANONE MENSILE CONTO {MON}
      refund = RIMBORSO IRPEF {YYYY} {P}
      power = FORNITURA LUCE
      gas = FORNITURA GAS
      water = SERVIZIO IDRICO
      phone = RICARICA TELEFONIA
      insurance = POLIZZA RC AUTO
      loan = RATA FINANZIAMENTO
      employers = OFFICINE VALDOGLIO SPA | COMUNE DI BORGOCASTELLO
      landlords = Giuseppina Ravelli | IMMOBILIARE COLLEVERDE SRL
      powerco = ENERGIA VALDOGLIO SPA | LUCEBLU SERVIZI
      gasco = METANO COLLINARE SRL
      waterco = ACQUEDOTTO DEL BORGO
      phoneco = ONDATEL MOBILE | FIBRACASA
      insurers = ASSICURAZIONI LA ROCCA | MUTUA VALDOGLIO
      subs = SCHERMOPIU | MELODIA STREAM
      loans = FINANZIARIA COLLEVERDE
      refundpayer = AGENZIA ENTRATE
      groceries = ALIMENTARI DA NINO | SUPERMERCATO IL GRANAIO | MACELLERIA FRATELLI COSTA | ORTOFRUTTA IL CESTO
      dining = PASTICCERIA DOLCEFORNO | TRATTORIA DA BEPPE | BAR CENTRALE | PIZZERIA IL VULCANO
      fuel = DISTRIBUTORE CARBURANTI VALDOGLIO | STAZIONE DI SERVIZIO LA ROTONDA | CARBUROIL
      transport = AUTOLINEE BORGOCASTELLO | RADIO TAXI COLLE | BIGLIETTERIA TRENORA
      shopping = LIBRERIA IL SEGNALIBRO | FERRAMENTA BULLONI | ANIMALI E DINTORNI | MERCATONE ONLINE
      healthcare = FARMACIA SAN ROCCO | STUDIO DENTISTICO DR GALLI | OTTICA VISTACHIARA
      travel = HOTEL BELVEDERE | AGRITURISMO IL CASALE | VOLAREVIA AIRLINES
      cities = BORGOCASTELLO | VALDOGLIO | COLLEVERDE
      friends = Chiara Fontana | Davide Moretti
      memos = CENA | REGALO | BIGLIETTI
      weekly = Colf Svetlana Ivanova

      [uk]
      bank = Thornbury Building Society
      holder = Oliver James Pennington
      header = Date;Description;Paid out;Paid in;Balance
      pdfdate = dd MMM yyyy
      number = en
      amounts = columns
      balance = yes
      once = yes
      wrap = 40
      rows = 22
      opening = Balance brought forward from previous statement
      closing = Closing balance
      bf = BALANCE BROUGHT FORWARD
      cf = BALANCE CARRIED FORWARD
      page = Sheet
      currency = GBP
      scale = 1
      months = JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
      card = CARD PAYMENT TO {M} ON {DD}-{MM}-{YYYY} | Card Purchase {DD}/{MM} {M} {CITY} GB | CONTACTLESS {M} {CITY}
      salary = BACS {P} SALARY | FASTER PAYMENT RECEIVED {P} WAGES {MON}
      rent = STANDING ORDER {P} RENT {MON}
      debit = DIRECT DEBIT {P} {PURPOSE} REF {n10} | DD {P} {PURPOSE}
      savings = TRANSFER TO ISA SAVER {n8} | TFR TO EASY ACCESS SAVINGS {n8}
      atm = CASH WITHDRAWAL {CITY} {DD}{MM}
      out = FASTER PAYMENT TO {P} {MEMO}
      in = FASTER PAYMENT FROM {P} {MEMO}
      bounce = UNPAID DIRECT DEBIT {P} INSUFFICIENT FUNDS
      bouncefee = UNPAID ITEM CHARGE
      fee = ACCOUNT FEE {MON}
      benefit = CHILD BENEFIT {P}
      refund = TAX REFUND {YYYY} {P}
      power = ELECTRICITY
      gas = GAS
      water = WATER RATES
      phone = MOBILE
      insurance = HOME INSURANCE
      loan = LOAN REPAYMENT
      employers = Harrowgate Precision Ltd | Thornbury District Council
      landlords = Margaret Ellison | Lanthorn Lettings Ltd
      powerco = BrightSpark Energy | Meadow Power Ltd
      gasco = Northgate Gas
      waterco = Thorn Valley Water
      phoneco = Beacon Mobile | FibreNest Broadband
      insurers = Oakshield Insurance | Homeguard Mutual
      subs = FlixNest | TuneBox
      loans = Bridgeway Finance
      benefitpayer = HMRC Child Benefit
      refundpayer = HMRC
      groceries = Greengrocer Hollins | Cornerstore Express | Butchers Row Meats | FreshFare Supermarket
      dining = The Copper Kettle Cafe | Bella Napoli Pizzeria | Station Road Diner | Crumbs Bakery
      fuel = FuelDash Thornbury | Petrolpoint Services | Fillup Garage
      transport = RideHail Cars | Thornbury Buses | Railway Ticket Office
      shopping = Dogear Books | Bolt and Nut Hardware | Whiskers Pet Superstore | BuyNest Marketplace
      healthcare = Hollins Chemist | Thornbury Dental Care | ClearSight Opticians
      travel = Seaview Guesthouse | Skylark Airways | Harbour Inn Hotel
      cities = THORNBURY | HARROWGATE | MILLBRIDGE
      friends = Samuel Whitaker | Chloe Hartley
      memos = DINNER | BIRTHDAY | TICKETS
      weekly = Dog Walker Amy Rowe

      [in-kb]
      bank = Kaveri Cooperative Bank Ltd
      holder = Arjun Venkatesh Rao
      header = Txn Date;Value Dt;Narration;Chq./Ref.No.;Withdrawal;Deposit;Balance
      pdfdate = dd-MM-yyyy
      number = in
      amounts = columns
      balance = yes
      cr = yes
      valuedate = yes
      ref = yes
      wrap = 28
      rows = 24
      opening = Opening Balance
      closing = Closing Balance
      page = Page
      currency = INR
      scale = 20
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = POS {n4}XXXXXXXX{n4} {M} {CITY} | UPI/{n12}/{M}/{p}@okaxis/Payment | POS/{M}/{CITY}/{DD}{MM}{YY}
      salary = NEFT CR-KVRB{n7}-{P}-SALARY {MON} {YYYY} | SAL CREDIT {P} {MON}{YY}
      rent = IMPS/P2A/{n12}/{P}/RENT {MON}
      debit = ACH D- {P}-{PURPOSE}-{n10} | NACH DR {P} {PURPOSE} UMRN {x12} | BILLPAY {P} {PURPOSE} {n8}
      savings = TRF TO FD A/C {n12} | SWEEP TO RD A/C {n10}
      atm = ATM WDL {CITY} {n6}
      out = UPI/{n12}/{P}/{MEMO}
      in = UPI CR {n12} {P} {MEMO}
      bounce = ACH RETURN {P} INSUFFICIENT BALANCE
      bouncefee = ACH RTN CHGS INCL GST
      fee = SMS ALERT CHGS {MON}
      refund = ITR REFUND {YYYY} {P}
      power = ELECTRICITY BILL
      gas = PNG GAS BILL
      water = WATER TAX
      phone = POSTPAID MOBILE
      insurance = LIFE INS PREMIUM
      loan = HOME LOAN EMI
      employers = KAVERI SOFTWORKS PVT LTD | NILGIRI TEXTILES LIMITED
      landlords = Suresh Iyengar | Lakshmi Properties
      powerco = DAKSHIN VIDYUT SUPPLY CO | PRAKASH POWER DISTRIBUTION
      gasco = MEGHA CITY GAS
      waterco = KAVERI JAL NIGAM
      phoneco = TARANG TELECOM | SANCHAR POSTPAID
      insurers = RAKSHAK LIFE INSURANCE | SURAKSHIT GENERAL INSURANCE
      subs = CHITRAPLEX | SANGEETSTREAM
      loans = AASHRAY HOUSING FINANCE
      refundpayer = INCOME TAX DEPT
      groceries = ANNADATA PROVISION STORE | TAZA SABZI MANDI | NILGIRI SUPERBAZAAR | GUPTA GENERAL STORES
      dining = UDUPI TIFFIN CENTRE | CHAI CHASKA CAFE | DAWAT FAMILY RESTAURANT | MITHAI BHANDAR
      fuel = SHAKTI FILLING STATION | INDHAN PETROLEUM | HIGHWAY FUELS
      transport = SAWARI CABS | NAMMA AUTO RIDES | METRO RAIL SMART CARD
      shopping = PUSTAK BHANDAR BOOKS | LOHA HARDWARE MART | PAWS PET SHOP | BAZAARKART ONLINE
      healthcare = JEEVAN MEDICALS | SANJEEVANI CHEMIST | DANT DENTAL CLINIC
      travel = UDAAN AIRWAYS | HOTEL RAJDHANI RESIDENCY | YATRA LODGE
      cities = BENGALURU | MYSURU | MANGALURU
      friends = Kavya Menon | Rohit Deshpande
      memos = DINNER | GIFT | TICKETS
      weekly = Maid Savitri

      [at]
      bank = Raiffeisenkasse Alpenvorland
      holder = Katharina Steinbauer
      header = Buchungsdatum;Buchungstext;Valuta;Betrag
      pdfdate = dd.MM.yyyy
      number = de
      amounts = trailing
      balance = no
      valuedate = no
      wrap = 42
      rows = 26
      opening = Alter Saldo
      closing = Neuer Saldo
      page = Seite
      currency = EUR
      scale = 1
      months = JÄNNER FEBER MÄRZ APRIL MAI JUNI JULI AUGUST SEPTEMBER OKTOBER NOVEMBER DEZEMBER
      card = Bezahlung Karte MC/{n6} {M} {CITY} {n4} K{n3} {DD}.{MM}. {n2}:{n2} | POS {M} {CITY} Karte {n2} | Bankomat Zahlung {M} {CITY}
      salary = Gehalt {MON} {YYYY} {P} | Bezug {MM}/{YYYY} {P} Personalnummer {n5}
      rent = Dauerauftrag {P} Miete {MON}
      debit = Einzugsermächtigung {P} {PURPOSE} Zahlungsreferenz {n12} | SEPA-Lastschrift {P} {PURPOSE}
      savings = Eigenübertrag auf Sparbuch {n10} | Übertrag Bausparvertrag {n8}
      atm = Behebung Bankomat {CITY} {DD}.{MM}.
      out = Überweisung an {P} {MEMO}
      in = Überweisung von {P} {MEMO}
      bounce = Retoure Lastschrift {P} keine Deckung
      bouncefee = Spesen Lastschriftretoure
      fee = Kontoführungsgebühr {MON}
      benefit = Familienbeihilfe {P}
      refund = Arbeitnehmerveranlagung Gutschrift {YYYY} {P}
      power = Strom Teilbetrag
      gas = Gas Teilbetrag
      water = Wassergebühr
      phone = Handyrechnung
      insurance = Haushaltsversicherung Prämie
      loan = Kreditrate
      employers = Alpenvorland Seilbahnen GmbH | Marktgemeinde Kirchbichl
      landlords = Franz Oberhuber | Gemeinnützige Wohnbau Alpenland
      powerco = Alpenstrom Netz AG | Energie Inntal GmbH
      gasco = Gasnetz Inntal
      waterco = Wassergenossenschaft Kirchbichl
      phoneco = AlpenFunk Mobil | BergNetz Internet
      insurers = Tiroler Heimschutz Versicherung | Alpen Wechselseitige
      subs = SerienAlm | Klangberg
      loans = Kreditbank Inntal
      benefitpayer = Finanzamt Österreich FB
      refundpayer = Finanzamt Österreich
      groceries = Nahversorger Bergblick | Feinkost Zirbenholz | Bauernladen Hochalm | Getränkehandel Bergquell
      dining = Kaffeehaus Melange | Gasthof Zum Goldenen Hirschen | Bäckerei Brezelstube | Würstelstand Eck
      fuel = Tankstelle Inntalblick | Alpentank Kirchbichl | Diskonttankstelle Sparflamme
      transport = Verkehrsverbund Inntal | Taxi Bergfahrt | Seilbahn Ticketkassa
      shopping = Buchhandlung Seitensprung | Eisenwaren Hammerschmied | Tierwelt Pfotenhaus | Marktplatz24 Online
      healthcare = Apotheke Zum Heiligen Geist | Ordination Dr. Huber | Optik Adlerblick
      travel = Alpenhotel Edelweiß | Pension Almrausch | Flugreisen Alpenflug
      cities = KIRCHBICHL | WÖRGL | SCHWAZ
      friends = Lukas Hofer | Anna Gruber
      memos = Abendessen | Geschenk | Karten
      weekly = Reinigung Milena Kovac

      [ie]
      bank = Shannonside Credit Bank
      holder = Aoife Brennan
      header = Date;Details;Debit;Credit;Balance
      pdfdate = dd MMM yy
      number = en
      amounts = columns
      balance = yes
      valuedate = no
      wrap = 42
      rows = 24
      opening = Opening Balance
      closing = Closing Balance
      bf = Balance Forward
      cf = Balance Forward
      page = Page
      currency = EUR
      scale = 1
      months = JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
      card = VDP-{M} {CITY} | POS{DD}{MM} {M} {CITY} IE | VDC-{M} CARD {n4}
      salary = SALARY {P} {MON} | CREDIT TRANSFER {P} PAYROLL {MM}/{YYYY}
      rent = SO {P} RENT {MON}
      debit = D/D {P} {PURPOSE} {n10} | SEPA DD {P} {PURPOSE} MANDATE {x10}
      savings = TO ONLINE SAVER {n8} | TRANSFER TO DEMAND DEPOSIT {n8}
      atm = ATM {CITY} {DD}{MM}
      out = 365 ONLINE {P} {MEMO}
      in = BOI TRANSFER FROM {P} {MEMO}
      bounce = UNPAID D/D {P} REFER TO DRAWER
      bouncefee = UNPAID DD FEE
      fee = MAINTENANCE FEE {MON}
      benefit = CHILD BENEFIT {P}
      refund = PAYE REFUND {YYYY} {P}
      power = ELECTRICITY
      gas = GAS
      water = BIN COLLECTION
      phone = MOBILE BILL
      insurance = HOME INSURANCE
      loan = CAR LOAN
      employers = Shannonside Dairies Ltd | Clare County Hospital Group
      landlords = Padraig Doyle | Riverbank Property Management
      powerco = Emerald Power | Atlantic Energy Supply
      gasco = Corrib Gas Services
      waterco = Greenbin Waste Services
      phoneco = Shamrock Mobile | Wavelink Broadband
      insurers = Celtic Shield Insurance | Harbour Mutual DAC
      subs = ScreenStream | Ceol Music
      loans = Liffey Motor Finance
      benefitpayer = Dept Social Protection
      refundpayer = Revenue Commissioners
      groceries = Murphys Foodhall | Corner Shop Gaels | O Sullivans Victuallers | Fresh Daily Grocer
      dining = The Tin Cup Cafe | Chipper Kavanagh | Driftwood Bistro | Bakehouse Shannon
      fuel = TopUp Fuels Ennis | Quayside Service Station | PumpKing
      transport = HopCab | Bus Eireann Ticket | Shannon Ferry
      shopping = Bookworm Books | Nuts and Bolts Hardware | Pawprint Pet Store | ShopHub Online
      healthcare = Kennys Pharmacy | Ennis Dental Surgery | Clarity Eyecare
      travel = Cliffside B and B | Aerlift Airways | Harbourview Hotel
      cities = ENNIS | LIMERICK | GALWAY
      friends = Ciara Walsh | Conor Byrne
      memos = DINNER | BIRTHDAY | TICKETS
      weekly = Childminder Siobhan
      """;

  /** Other employers, landlords, shops and friends of the same banks; never used for rules. */
  static final String EVAL_CAST =
      """
      [de-sk]
      employers = Elbtaler Brauerei Schenk GmbH | Ingenieurbüro Falkenrath
      landlords = Ulrike Manthey | Hausverwaltung Kranich GbR
      groceries = Feinkostladen Grünspecht | Wochenmarkt Stand Holtkamp | Naturkost Kleeblatt | Supermarkt Elbbogen
      dining = Eiscafé Venezia Elbtal | Backstube Hefezopf | Gaststätte Fährhaus | Kaffeehaus Mokkabohne
      fuel = Tankstelle Am Deich | Autotank Kranich | Zapfsäule 24
      transport = Fährverbindung Elbtal | Taxi Blitzfahrt | FahrMit App
      shopping = Schreibwaren Federkiel | Gartencenter Grünfink | Spielwaren Kreisel | Elektromarkt Funkenflug
      healthcare = Stern-Apotheke | Physiotherapie Bewegungsraum | Augenoptik Weitblick
      travel = Landhotel Kranichsee | Jugendherberge Elbtal | WolkenJet
      cities = KRANICHSEE | ELBBOGEN | FÄHRHAUSEN
      friends = Philipp Gehrke | Nele Sasse
      weekly = Gartenpflege Udo Brink

      [de-vb]
      employers = Talblick Maschinenbau AG | Kreissparverband Mittelgrund
      landlords = Erika Husmann | Baugenossenschaft Lindenweg eG
      groceries = Dorfladen Haferkamp | Fleischerei Wurstkönig | Obsthof Apfelgarten | Getränkequelle Bachgrund
      dining = Café Sahnehäubchen | Gasthaus Rössle | Backhaus Sauerteig | Burgerbude Ecke
      fuel = Tankstelle Kupferweg | Autohof Brummi | Tanke Zapfhahn
      transport = Anruf-Sammeltaxi Mittelgrund | Fahrradverleih Speiche | StadtFlitzer Carsharing
      shopping = Buchladen Seitenwende | Werkzeughandel Zange | Aquaristik Flossenland | Möbelhaus Eichenkamp
      healthcare = Adler-Apotheke | Kieferorthopädie Dr. Funke | Hörgeräte Lauscher
      travel = Berghotel Adlerhorst | Ferienhof Kuhglocke | Reisebüro Fernweh
      cities = HAFERKAMP | BACHGRUND | EICHENKAMP
      friends = Malte Jessen | Carla Vogt
      weekly = Klavierstunde Ilse Born

      [fr]
      employers = TRANSPORTS GIRARDIN SARL | COLLEGE JEAN MOULINET
      landlords = Monsieur Bernard Lacombe | AGENCE IMMO DES REMPARTS
      groceries = COOPERATIVE LA GERBE | BOUCHERIE CHEZ MARCEL | CAVE DES VIGNERONS | MARCHE BIO LE PANIER
      dining = PATISSERIE LE CHOU | BISTROT DE LA GARE | PIZZERIA DEL SOLE | SALON DE THE LA THEIERE
      fuel = STATION DES REMPARTS | CARBURANTS DU LAC | GAZOLE DISCOUNT
      transport = TAXI DES REMPARTS | NAVETTE AEROPORT | TROTTINETTE CITYMOOV
      shopping = PAPETERIE LE CRAYON | QUINCAILLERIE DUPRE | JOUETS LA TOUPIE | ELECTROMENAGER DU LAC
      healthcare = PHARMACIE DU LAC | KINESITHERAPEUTE DUMONT | LABORATOIRE ANALYSES BIOLAC
      travel = AUBERGE DU LAC | CAMPING LES PINS | VOYAGES HORIZONS
      cities = LACVILLE | REMPARTS | BOURG NEUF
      friends = Antoine Roussel | Manon Lefevre
      weekly = Menage Nadia Cherif

      [es]
      employers = TALLERES HERMANOS OSUNA SL | COLEGIO SANTA ELENA
      landlords = Carmen Robledo | GESTION DE FINCAS EL ROBLE
      groceries = SUPERMERCADO EL TRIGAL | PESCADERIA LA MAREA | PANADERIA Y ULTRAMARINOS ROCIO | BODEGA EL BARRIL
      dining = CHURRERIA LA ESPIGA | RESTAURANTE CASA PEPA | HELADERIA POLO NORTE | BAR LA PLAZUELA
      fuel = GASOLINERA EL CRUCE | AREA DE SERVICIO LOS OLIVOS | CARBURANTES MESETA
      transport = TAXI EL CRUCE | TRANVIA SOTILLO | PATINETES MUEVETE
      shopping = PAPELERIA EL LAPIZ | BAZAR CHINO LA ESTRELLA | JUGUETERIA EL TREN | ELECTRODOMESTICOS VIDAL
      healthcare = FARMACIA DEL CARMEN | FISIOTERAPIA REHABIL | LABORATORIO ANALISIS CLINICOS
      travel = PARADOR DEL ROBLE | CASA RURAL EL MOLINO | VIAJES HORIZONTE
      cities = LOS OLIVOS | EL ROBLE | VILLANUEVA
      friends = Javier Romero | Lucia Serrano
      weekly = Clases Ingles Sara Ruiz

      [nl]
      employers = Havenbedrijf Zuidkade B.V. | Ziekenhuis De Meerlanden
      landlords = Vastgoed Meerzicht B.V. | Anneke Visser
      groceries = Visboer De Schelp | Supermarkt Buurtwinkel | Natuurwinkel De Wilg | Poelier Hendriks
      dining = Pannenkoekenhuis De Molenwiek | Lunchroom Het Broodje | Friettent De Patatzak | IJssalon Gelato
      fuel = Tankstation Meerweg | Brandstofpunt Noord | Pompstation De Vlieter
      transport = Deelfiets Trapper | Watertaxi Zuidkade | Buurtbus Meerland
      shopping = Speelgoedwinkel Tol | Tuincentrum Groenrijk | Kantoorboekhandel Pen | Fietsenmaker Spaak
      healthcare = Apotheek Meerzicht | Fysiotherapie Beweeg | Huisartsenpraktijk Kok
      travel = Camping De Zandhoek | Bed and Breakfast Het Anker | Reisbureau Verre Oord
      cities = MEERZICHT | DE WILG | HAVENDORP
      friends = Lotte Smit | Bram de Wit
      weekly = Tuinman Kees Bos

      [it]
      employers = CANTINA SOCIALE COLLEVERDE | ISTITUTO COMPRENSIVO MAZZINI
      landlords = Alberto Cattaneo | GESTIONI IMMOBILIARI LAGO SRL
      groceries = PANIFICIO IL MULINO | PESCHERIA IL PORTO | SALUMERIA DA GINO | DISCOUNT RISPARMIO
      dining = GELATERIA LA COPPA | OSTERIA DEL PONTE | ROSTICCERIA DA MARIO | CAFFE DELLA PIAZZA
      fuel = BENZINAIO LA CURVA | CARBURANTI DEL LAGO | SELF SERVICE BENZINA 24
      transport = NAVIGAZIONE LAGO BIGLIETTI | TAXI LAGO | MONOPATTINI SFRECCIA
      shopping = CARTOLERIA LA PENNA | GIOCATTOLI GIROTONDO | ELETTRODOMESTICI RIVA | CALZATURE PASSO
      healthcare = FARMACIA DEL PORTO | FISIOTERAPIA MOVIMENTO | LABORATORIO ANALISI SALUS
      travel = ALBERGO DEL LAGO | BED AND BREAKFAST LA CORTE | AGENZIA VIAGGI ORIZZONTI
      cities = LAGOVERDE | PORTO SERENO | MONTEALTO
      friends = Francesca Rinaldi | Matteo Lombardi
      weekly = Baby sitter Elena Rossi

      [uk]
      employers = Millbridge Engineering plc | St Aldhelm Academy Trust
      landlords = Peter Ashdown | Castlegate Homes Ltd
      groceries = Farmshop Ashdown | Fishmonger Quayside | Budget Basket Foods | Deli on the Green
      dining = The Tea Cosy | Curry Corner Takeaway | Fish and Chips Ahoy | Muffin Top Bakery
      fuel = Roadstar Petrol | Pumpwise Forecourt | Milestone Fuels
      transport = ZoomCab | Millbridge Park and Ride | Ferrylink Tickets
      shopping = Inkwell Stationers | DIY Depot Millbridge | Toybox Emporium | Gadgetry Electricals
      healthcare = Ashdown Pharmacy | Brightsmile Orthodontics | Physio First Clinic
      travel = Lakeside Lodge | Jetwing Airlines | The Old Coach Inn
      cities = ASHDOWN | CASTLEGATE | QUAYSIDE
      friends = Harriet Lowe | Daniel Fenwick
      weekly = Cleaner Zofia Nowak

      [in-kb]
      employers = SAHYOG ENGINEERING WORKS PVT LTD | VIDYA NIKETAN SCHOOL TRUST
      landlords = Ramesh Kulkarni | Shree Ganesh Estates
      groceries = DAILY NEEDS KIRANA | DOODH DAIRY PARLOUR | PHAL FRUIT CORNER | BACHAT MEGA MART
      dining = DOSA PLAZA CORNER | BIRYANI BHAVAN | CHAAT GALI | KULFI HOUSE
      fuel = BHARAT HIGHWAY FILLING | ROADLINE PETRO | AGNI FUEL POINT
      transport = FATAFAT CABS | CITY BUS PASS | RAIL TICKET COUNTER
      shopping = VIDYA STATIONERY | KHILONA TOYS | SHUBH ELECTRONICS | JOOTA GHAR FOOTWEAR
      healthcare = SWASTHYA PHARMACY | NETRA EYE CARE | PATH LAB DIAGNOSTICS
      travel = PAVAN AIRLINES | HOTEL SAGAR VIEW | TIRTH YATRA TRAVELS
      cities = HUBBALLI | UDUPI | BELAGAVI
      friends = Sneha Patil | Vikram Shetty
      weekly = Cook Lalitha

      [at]
      employers = Inntaler Holzindustrie GmbH | Landeskrankenhaus Schwaz
      landlords = Maria Pichler | Wohnungseigentum Tirol GmbH
      groceries = Dorfgreißler Moser | Metzgerei Speckstube | Käserei Almkäse | Diskontmarkt Sparfuchs
      dining = Konditorei Zuckerbäcker | Pizzeria Bella Alpina | Jausenstation Hütte | Espressobar Kaffeebohne
      fuel = Tankstelle Brennerstraße | Autohof Inntal Süd | Tankomat 24
      transport = Postbus Ticket | Taxi Gipfelsturm | Leihrad Inntal
      shopping = Papierhandlung Tinte | Sportgeschäft Gipfelsport | Spielzeugladen Kreisel | Elektrohandel Stromer
      healthcare = Apotheke Zur Gnadenmutter | Physiotherapie Inntal | Zahnambulatorium Schwaz
      travel = Gasthof Alpenrose | Berghütte Adlerhorst | Reisebüro Weitweg
      cities = SCHWAZ | JENBACH | KUFSTEIN
      friends = Florian Egger | Julia Wimmer
      weekly = Nachhilfe Theresa Berger

      [ie]
      employers = Atlantic Seafoods Ltd | Kilkee National School
      landlords = Maura Flanagan | Quayside Lettings Ltd
      groceries = Village Butchers Ryan | Fishmongers Kilrush | Bargain Basket | Deli Nua
      dining = Scones and Co Cafe | The Singing Kettle | Burger Shack Kilkee | Pizza Cara
      fuel = Roadside Fuels Kilrush | Atlantic Forecourt | Fuelstop Clare
      transport = Cab2Go | Local Link Bus | Aran Island Ferry
      shopping = Pen and Paper Stationers | Hardware Haven | Toytown Kilrush | Gadget Corner
      healthcare = Kilrush Pharmacy | Smiles Dental Clinic | Coastal Physiotherapy
      travel = Seashore Guesthouse | Skyline Air | Castle Lodge Hotel
      cities = KILRUSH | KILKEE | TRALEE
      friends = Niamh Gallagher | Sean Fitzgerald
      weekly = Dog Minder Orla
      """;

  private static final List<WorldStatements.Country> COUNTRIES = WorldStatements.parse(SPECS);
  private static final List<WorldStatements.Country> EVAL =
      WorldStatements.withCast(COUNTRIES, WorldStatements.parse(EVAL_CAST));

  /**
   * Returns {@code perLayout} three-month statements of every layout, written as text PDFs (the
   * {@code csv} component of {@link WorldStatements.Generated} holds the PDF), with the tuning cast
   * or the evaluation cast.
   */
  static List<WorldStatements.Generated> all(int perLayout, boolean eval) {
    long salt = eval ? 2_750_159L : 15_485_863L;
    List<WorldStatements.Generated> out = new ArrayList<>();
    for (WorldStatements.Country c : eval ? EVAL : COUNTRIES) {
      for (int k = 0; k < perLayout; k++) {
        long seed = 7919L * (k + 1) + c.id().hashCode() + salt;
        WorldStatements.Life life = WorldStatements.life(c, seed, 3);
        out.add(
            new WorldStatements.Generated(
                life.name(), pdf(c, life), life.labels(), life.fullLabels()));
      }
    }
    return out;
  }

  private static final float DATE_X = 40;
  private static final float DEBIT_RIGHT = 435;
  private static final float CREDIT_RIGHT = 500;
  private static final float BALANCE_RIGHT = 562;
  private static final float SIZE = 8;

  /** Writes the statement of one life in the layout of its bank. */
  private static byte[] pdf(WorldStatements.Country c, WorldStatements.Life life) {
    Random r = life.random();
    List<WorldStatements.Row> rows = life.rows();
    BigDecimal scale = new BigDecimal(c.one("scale"));
    BigDecimal opening =
        BigDecimal.valueOf(1500 + r.nextInt(3000))
            .multiply(scale)
            .setScale(2, RoundingMode.HALF_EVEN);
    List<BigDecimal> after = new ArrayList<>();
    BigDecimal running = opening;
    for (WorldStatements.Row row : rows) {
      running = running.add(row.amount());
      after.add(running);
    }
    BigDecimal closing = running;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    boolean newest = c.one("order").equals("newest");
    if (newest) {
      Collections.reverse(order);
    }
    DateTimeFormatter dates = DateTimeFormatter.ofPattern(c.one("pdfdate"), Locale.ENGLISH);
    String[] header = c.one("header").split(";", -1);
    boolean columns = c.one("amounts").equals("columns");
    boolean balance = c.one("balance").equals("yes");
    boolean valueDate = c.one("valuedate").equals("yes");
    boolean ref = c.one("ref").equals("yes");
    float descX = valueDate ? 136 : 92;
    int wrap = Integer.parseInt(c.one("wrap"));
    int perPage = Integer.parseInt(c.one("rows"));
    LocalDate first = rows.get(0).date().withDayOfMonth(1);
    LocalDate last = rows.get(rows.size() - 1).date();
    last = last.withDayOfMonth(last.lengthOfMonth());
    String iban = iban(c, r);
    try (PdfCanvas pdf = new PdfCanvas()) {
      pdf.newPage();
      pdf.text(pdf.bold, 14, 40, c.one("bank"));
      pdf.text(9, 360, c.one("page") + " 1");
      pdf.y -= 18;
      pdf.text(9, 40, c.one("holder"));
      pdf.text(9, 360, "IBAN " + iban);
      pdf.y -= 12;
      pdf.text(9, 40, (r.nextInt(90) + 10) + " " + c.one("cities").split(" ", -1)[0]);
      pdf.text(9, 360, dates.format(first) + " - " + dates.format(last));
      pdf.y -= 12;
      pdf.text(9, 360, c.one("currency"));
      pdf.y -= 20;
      pdf.text(9, 300, c.one("opening") + " " + dates.format(first.minusDays(1)));
      pdf.right(9, BALANCE_RIGHT, money(c, opening, true));
      pdf.y -= 24;
      columnHeader(pdf, header, columns, balance, valueDate, ref, descX);
      int onPage = 0;
      LocalDate previous = null;
      for (int n = 0; n < order.size(); n++) {
        int i = order.get(n);
        WorldStatements.Row row = rows.get(i);
        if (onPage == perPage) {
          if (balance && c.has("cf")) {
            pdf.text(SIZE, descX, c.one("cf"));
            pdf.right(SIZE, BALANCE_RIGHT, money(c, after.get(order.get(n - 1)), true));
          }
          pdf.y = 40;
          pdf.text(7, 40, c.one("bank") + "  IBAN " + iban);
          pdf.right(7, BALANCE_RIGHT, c.one("page") + " " + pdf.pages());
          pdf.newPage();
          pdf.text(9, 40, c.one("bank") + "   " + c.one("holder"));
          pdf.right(9, BALANCE_RIGHT, c.one("page") + " " + pdf.pages());
          pdf.y -= 26;
          columnHeader(pdf, header, columns, balance, valueDate, ref, descX);
          if (balance && c.has("bf")) {
            pdf.text(SIZE, descX, c.one("bf"));
            pdf.right(SIZE, BALANCE_RIGHT, money(c, after.get(order.get(n - 1)), true));
            pdf.y -= 12;
          }
          onPage = 0;
          previous = null;
        }
        if (!(c.has("once") && row.date().equals(previous))) {
          pdf.text(SIZE, DATE_X, dates.format(row.date()));
        }
        previous = row.date();
        if (valueDate) {
          pdf.text(SIZE, 88, dates.format(row.date().plusDays(row.amount().signum() > 0 ? 0 : 1)));
        }
        List<String> lines = PdfCanvas.wrap(row.text(), wrap);
        pdf.text(SIZE, descX, lines.get(0));
        if (ref) {
          pdf.text(SIZE, 300, RandomText.digits(r, 10));
        }
        BigDecimal a = row.amount();
        if (columns) {
          pdf.right(SIZE, a.signum() < 0 ? DEBIT_RIGHT : CREDIT_RIGHT, money(c, a.abs(), false));
        } else {
          pdf.right(SIZE, balance ? CREDIT_RIGHT : BALANCE_RIGHT, money(c, a, false));
        }
        if (balance) {
          pdf.right(SIZE, BALANCE_RIGHT, money(c, after.get(i), true));
        }
        for (int k = 1; k < lines.size(); k++) {
          pdf.y -= 10;
          pdf.text(SIZE, descX, lines.get(k));
        }
        pdf.y -= 13;
        onPage++;
      }
      pdf.y -= 8;
      pdf.text(9, 300, c.one("closing") + " " + dates.format(last));
      pdf.right(9, BALANCE_RIGHT, money(c, closing, true));
      pdf.y = 40;
      pdf.text(7, 40, c.one("bank") + "  IBAN " + iban);
      pdf.right(7, BALANCE_RIGHT, c.one("page") + " " + pdf.pages());
      return pdf.bytes();
    }
  }

  private static void columnHeader(
      PdfCanvas pdf,
      String[] header,
      boolean columns,
      boolean balance,
      boolean valueDate,
      boolean ref,
      float descX) {
    int k = 0;
    pdf.text(pdf.bold, SIZE, DATE_X, header[k++]);
    if (valueDate) {
      pdf.text(pdf.bold, SIZE, 88, header[k++]);
    }
    pdf.text(pdf.bold, SIZE, descX, header[k++]);
    if (ref) {
      pdf.text(pdf.bold, SIZE, 300, header[k++]);
    }
    if (columns) {
      pdf.right(pdf.bold, SIZE, DEBIT_RIGHT, header[k++]);
      pdf.right(pdf.bold, SIZE, CREDIT_RIGHT, header[k++]);
    } else {
      pdf.right(pdf.bold, SIZE, balance ? CREDIT_RIGHT : BALANCE_RIGHT, header[k++]);
    }
    if (balance) {
      pdf.right(pdf.bold, SIZE, BALANCE_RIGHT, header[k]);
    }
    pdf.y -= 15;
  }

  /** The IBAN-like account number of the bank's country. */
  private static String iban(WorldStatements.Country c, Random r) {
    String country = c.id().substring(0, 2).toUpperCase(Locale.ROOT);
    if (country.equals("UK")) {
      country = "GB";
    }
    return country
        + RandomText.digits(r, 2)
        + " "
        + RandomText.digits(r, 4)
        + " "
        + RandomText.digits(r, 4)
        + " "
        + RandomText.digits(r, 4)
        + " "
        + RandomText.digits(r, 4);
  }

  /**
   * An amount in the bank's local form: grouping and decimal marks, and the sign as the layout
   * prints it (a balance always with a leading minus when negative, or Cr/Dr).
   */
  private static String money(WorldStatements.Country c, BigDecimal v, boolean isBalance) {
    String style = c.one("number");
    char group =
        switch (style) {
          case "de" -> '.';
          case "fr" -> ' ';
          default -> ',';
        };
    char decimal = style.equals("de") || style.equals("fr") ? ',' : '.';
    String digits = v.abs().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    String whole = digits.substring(0, digits.length() - 3);
    StringBuilder grouped = new StringBuilder();
    int step = 3;
    int end = whole.length();
    while (end > step) {
      grouped.insert(0, group + whole.substring(end - step, end));
      end -= step;
      if (style.equals("in")) {
        step = 2;
      }
    }
    grouped.insert(0, whole.substring(0, end));
    String plain = grouped + String.valueOf(decimal) + digits.substring(digits.length() - 2);
    boolean negative = v.signum() < 0;
    if (isBalance) {
      if (c.one("cr").equals("yes")) {
        return plain + (negative ? " Dr" : " Cr");
      }
      return negative ? "-" + plain : plain;
    }
    return switch (c.one("amounts")) {
      case "plus" -> (negative ? "-" : "+") + plain;
      case "trailing" -> plain + (negative ? "-" : "+");
      case "signed" -> negative ? "-" + plain : plain;
      default -> plain;
    };
  }
}
