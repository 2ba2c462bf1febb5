package io.github.bsa.parsers.analysis;

import java.util.List;

/**
 * A third blind set: labelled CSV statements of twelve countries and languages that neither the
 * shared fixtures, {@link HeldOutStatements}, {@link WorldStatements} nor {@link GlobeStatements}
 * render: Slovakia, Croatia, Lithuania, Estonia, Italian-speaking Switzerland (Ticino), Morocco (in
 * French), Argentina, Colombia, the Philippines, Malaysia (in Malay), Indonesia and Nigeria. Each
 * country is written from how its banks describe bookings (Platba kartou/Trvalý príkaz, Kupnja
 * POS/Trajni nalog, Mokėjimas kortele/Periodinis mokėjimas, Kaardimakse/e-arve, Acquisto carta di
 * debito/LSV+, Paiement par carte/Prélèvement, COMPRA DEBITO/DEBITO AUTOMATICO/CBU, COMPRA EN/PAGO
 * PSE, POS PURCHASE/INSTAPAY/BILLS PAYMENT, PEMBELIAN KAD/DUITNOW/FPX, DEBIT KARTU/AUTODEBET, NIP
 * TRANSFER/POS/USSD), with card masks, references and trailing cities; salaries and benefits in the
 * local words (mzda, plaća, darbo užmokestis, töötasu, salario, salaire, haberes, nómina, payroll,
 * gaji, salary), utilities whose amounts vary, insurance (quarterly on six-month statements), a
 * weekly payment to a person, biweekly pay where it is the custom, own-savings transfers named only
 * in the description and a returned direct debit with its fee in the local language. Merchants mix
 * real chains of the country with plausible independent shops named by their trade (Pekáreň Novák,
 * Pekarnica Horvat, Kepykla Jonas, Panadería La Espiga, Boulangerie Atlas, Kedai Runcit Ahmad), so
 * that the rules are measured on words of a trade rather than on names. The household life and the
 * CSV writing are those of {@link WorldStatements}.
 *
 * <p>Two casts, like {@link GlobeStatements}: the <b>tuning cast</b> ({@link #SPECS}) that generic
 * rules (words of a trade, of a payment rail, of a language) may be written from, and the
 * <b>evaluation cast</b> ({@link #EVAL_CAST}: other employers, shops and friends of the same
 * countries), never used for rules. Both were written, and their first figures recorded (see {@code
 * AnalysisAtlasScoreTest} and ADR 0400), before any rule was changed.
 */
final class AtlasStatements {
  private AtlasStatements() {}

  /** The banks and households, in the key format of {@link WorldStatements}. */
  static final String SPECS =
      """
      [sk]
      currency = EUR
      scale = 1
      header = Dátum;Popis;Suma;Zostatok
      date = dd.MM.yyyy
      comma = yes
      months = JANUÁR FEBRUÁR MAREC APRÍL MÁJ JÚN JÚL AUGUST SEPTEMBER OKTÓBER NOVEMBER DECEMBER
      card = Platba kartou {n4}******{n4} {M} {CITY} SK {DD}.{MM}.{YYYY} | POS nákup {M} {CITY}
      salary = Mzda {MM}/{YYYY} {P} | Výplata mzdy {P} {MON}
      rent = Trvalý príkaz {P} nájomné {MON}
      debit = Inkaso {P} {PURPOSE} VS {n10} | SEPA inkaso {P} {PURPOSE}
      savings = Prevod na sporiaci účet {n10} | Presun na termínovaný vklad {n8}
      atm = Výber z bankomatu {CITY} {DD}.{MM}.
      out = Okamžitá platba {P} {MEMO}
      in = Prijatá platba {P} {MEMO}
      bounce = Vrátené inkaso {P} nedostatok prostriedkov
      bouncefee = Poplatok za vrátené inkaso
      fee = Poplatok za vedenie účtu {MON}
      benefit = Prídavok na dieťa {P}
      refund = Vrátenie preplatku dane {YYYY} {P}
      tax = Daň z príjmov doplatok {YYYY} {P}
      power = elektrina
      gas = plyn
      water = vodné stočné
      phone = mobilné služby
      insurance = poistenie domácnosti
      loan = splátka úveru
      employers = Volkswagen Slovakia a.s. | Mesto Žilina
      landlords = Peter Horváth | Bytový podnik Košice
      powerco = ZSE Energia | Stredoslovenská energetika
      gasco = SPP
      waterco = Bratislavská vodárenská spoločnosť
      phoneco = Slovak Telekom | Orange Slovensko
      insurers = Allianz Slovenská poisťovňa | Kooperativa
      subs = Voyo | Netflix
      loans = Home Credit Slovakia
      benefitpayer = Úrad práce
      refundpayer = Finančná správa
      groceries = Tesco | Billa | Lidl | Potraviny u Jany
      dining = Reštaurácia Modrá Hviezda | Bistro Kolonáda | Cukráreň Mozart | Pekáreň Novák
      fuel = Slovnaft | OMV | Čerpacia stanica Tomi
      transport = ZSSK | DPB Bratislava | Hopin Taxi
      shopping = Martinus | Nay Elektrodom | Kníhkupectvo Artforum
      healthcare = Dr.Max lekáreň | Lekáreň Sv. Anny | Zubná ambulancia Dr. Kováč
      travel = Hotel Tatra | Penzión Lipa | Cestovná kancelária Satur
      cities = BRATISLAVA | KOSICE | ZILINA
      friends = Ján Novák | Zuzana Kováčová
      memos = VECERA | DAROK | LISTKY
      weekly = Upratovanie Mária

      [hr]
      currency = EUR
      scale = 1
      header = Datum;Opis;Iznos;Stanje
      date = dd.MM.yyyy
      comma = yes
      months = SIJEČANJ VELJAČA OŽUJAK TRAVANJ SVIBANJ LIPANJ SRPANJ KOLOVOZ RUJAN LISTOPAD STUDENI PROSINAC
      card = Kupnja POS {M} {CITY} HR karticom {n4}********{n4} | Kartično plaćanje {M} {CITY} {DD}.{MM}.
      salary = Plaća za {MON} {P} | Isplata plaće {MM}/{YYYY} {P}
      rent = Trajni nalog {P} najamnina {MON}
      debit = Izravno terećenje {P} {PURPOSE} | Plaćanje računa {P} {PURPOSE} poziv na broj HR01 {n10}
      savings = Prijenos na štedni račun {n10} | Oročenje štednje {n8}
      atm = Isplata gotovine bankomat {CITY}
      out = Prijenos {P} {MEMO}
      in = Uplata od {P} {MEMO}
      bounce = Povrat izravnog terećenja {P} nedovoljno sredstava
      bouncefee = Naknada za povrat naloga
      fee = Naknada za vođenje računa {MON}
      benefit = Dječji doplatak {P}
      refund = Povrat poreza {YYYY} {P}
      tax = Uplata poreza na dohodak {YYYY} {P}
      power = električna energija
      gas = plin
      water = voda i odvodnja
      phone = mobilni račun
      insurance = osiguranje kućanstva
      loan = rata kredita
      employers = Podravka d.d. | Grad Zagreb
      landlords = Ivan Kovačević | Stanovi Split d.o.o.
      powerco = HEP Elektra | E.ON Hrvatska
      gasco = Gradska plinara Zagreb
      waterco = Vodoopskrba i odvodnja Zagreb
      phoneco = Hrvatski Telekom | A1 Hrvatska
      insurers = Croatia osiguranje | Allianz Hrvatska
      subs = HBO Max | Netflix
      loans = Erste Kredit
      benefitpayer = HZMO
      refundpayer = Porezna uprava
      groceries = Konzum | Plodine | Kaufland | Mesnica Perić
      dining = Konoba Dalmacija | Pekarnica Horvat | Slastičarnica Vincek | Restoran Marina
      fuel = INA | Tifon | Benzinska postaja Crodux
      transport = ZET | HŽPP | Cammeo Taxi
      shopping = Links | Emmezeta | Knjižara Ljevak
      healthcare = Ljekarna Jadran | Poliklinika Sunce | Stomatološka ordinacija Babić
      travel = Croatia Airlines | Hotel Esplanade | Jadrolinija
      cities = ZAGREB | SPLIT | RIJEKA
      friends = Luka Horvat | Ana Marić
      memos = VECERA | POKLON | KARTE
      weekly = Čistačica Marija

      [lt]
      currency = EUR
      scale = 1
      header = Data;Paskirtis;Suma;Likutis
      date = yyyy-MM-dd
      comma = yes
      months = SAUSIS VASARIS KOVAS BALANDIS GEGUŽĖ BIRŽELIS LIEPA RUGPJŪTIS RUGSĖJIS SPALIS LAPKRITIS GRUODIS
      card = Mokėjimas kortele {M} {CITY} LT {n4}XXXX{n4} | Pirkinys {M} {CITY} {DD}.{MM}
      salary = Darbo užmokestis {MON} {P} | DU už {YYYY}-{MM} {P}
      rent = Periodinis mokėjimas {P} nuoma {MON}
      debit = Tiesioginis debetas {P} {PURPOSE} | Įmokos kodas {n8} {P} {PURPOSE}
      savings = Pervedimas į taupomąją sąskaitą {n10} | Indėlio sutartis {n8}
      atm = Grynųjų išėmimas bankomate {CITY}
      out = Momentinis pervedimas {P} {MEMO}
      in = Gautas pervedimas {P} {MEMO}
      bounce = Grąžintas tiesioginis debetas {P} nepakanka lėšų
      bouncefee = Mokestis už grąžintą mokėjimą
      fee = Sąskaitos aptarnavimo mokestis {MON}
      benefit = Vaiko pinigai {P}
      refund = GPM permokos grąžinimas {YYYY} {P}
      tax = GPM sumokėjimas {YYYY} {P}
      power = elektra
      gas = dujos
      water = vanduo
      phone = mobilusis ryšys
      insurance = būsto draudimas
      loan = paskolos įmoka
      employers = Maxima LT UAB | Vilniaus miesto savivaldybė
      landlords = Tomas Kazlauskas | Būsto nuoma UAB
      powerco = Ignitis | Elektrum Lietuva
      gasco = Ignitis dujos
      waterco = Vilniaus vandenys
      phoneco = Telia Lietuva | Bitė Lietuva
      insurers = ERGO Lietuva | Lietuvos draudimas
      subs = Go3 | Netflix
      loans = Mokilizingas
      benefitpayer = Sodra
      refundpayer = VMI
      groceries = Maxima | Iki | Rimi | Ūkininkų turgus Jonas
      dining = Čili Pica | Kavinė Pas Ramunę | Kepykla Jonas | Restoranas Medininkai
      fuel = Viada | Circle K | Degalinė Baltic Petroleum
      transport = Vilniaus viešasis transportas | LTG Link | Bolt
      shopping = Senukai | Pigu.lt | Knygynas Vaga
      healthcare = Eurovaistinė | Camelia vaistinė | Odontologijos klinika Šypsena
      travel = airBaltic | Hotel Neringa | Novaturas
      cities = VILNIUS | KAUNAS | KLAIPEDA
      friends = Rūta Petrauskienė | Mantas Jankauskas
      memos = VAKARIENE | DOVANA | BILIETAI
      weekly = Auklė Ona

      [ee]
      currency = EUR
      scale = 1
      header = Kuupäev;Selgitus;Summa;Saldo
      date = dd.MM.yyyy
      comma = yes
      months = JAANUAR VEEBRUAR MÄRTS APRILL MAI JUUNI JUULI AUGUST SEPTEMBER OKTOOBER NOVEMBER DETSEMBER
      card = Kaardimakse {M} {CITY} EE {n6}******{n4} | Ostutehing {M} {CITY} {DD}.{MM}
      salary = Töötasu {MON} {P} | Palk {MM}.{YYYY} {P}
      rent = Püsikorraldus {P} üür {MON}
      debit = E-arve püsimakse {P} {PURPOSE} viitenumber {n10} | Otsekorraldus {P} {PURPOSE}
      savings = Ülekanne hoiukontole {n10} | Tähtajaline hoius {n8}
      atm = Sularaha väljamakse {CITY}
      out = Ülekanne {P} {MEMO}
      in = Laekumine {P} {MEMO}
      bounce = Tagastatud otsekorraldus {P} ebapiisav saldo
      bouncefee = Tagastatud makse tasu
      fee = Kuutasu {MON}
      benefit = Lapsetoetus {P}
      refund = Tulumaksu tagastus {YYYY} {P}
      tax = Tulumaksu juurdemakse {YYYY} {P}
      power = elekter
      gas = gaas
      water = vesi ja kanalisatsioon
      phone = mobiiliarve
      insurance = kodukindlustus
      loan = laenu tagasimakse
      employers = Bolt Technology OU | Tallinna Linnavalitsus
      landlords = Kinnisvara Haldus OU | Mart Tamm
      powerco = Eesti Energia | Elektrum Eesti
      gasco = Gaasivõrgud
      waterco = Tallinna Vesi
      phoneco = Telia Eesti | Elisa Eesti
      insurers = ERGO Insurance | If Kindlustus
      subs = Go3 | Spotify
      loans = Bigbank
      benefitpayer = Sotsiaalkindlustusamet
      refundpayer = Maksu ja Tolliamet
      groceries = Prisma | Selver | Rimi | Talupood Mari
      dining = Kohvik Komeet | Restoran Olde Hansa | Pagariäri Leib | Trühvel
      fuel = Olerex | Alexela | Tankla Neste
      transport = Elron | Tallinna Linnatranspordi | Forus Takso
      shopping = Apollo | Kaubamaja | Raamatupood Rahva Raamat
      healthcare = Apotheka | Benu Apteek | Hambaravi Kliinik Dentes
      travel = Tallink | Hotell Telegraaf | Estravel
      cities = TALLINN | TARTU | PARNU
      friends = Kadri Kask | Andres Saar
      memos = OHTUSOOK | KINGITUS | PILETID
      weekly = Koristaja Tiina

      [ti]
      currency = CHF
      scale = 1.1
      header = Data;Testo;Importo;Saldo
      date = dd.MM.yyyy
      comma = no
      months = GENNAIO FEBBRAIO MARZO APRILE MAGGIO GIUGNO LUGLIO AGOSTO SETTEMBRE OTTOBRE NOVEMBRE DICEMBRE
      card = Acquisto carta di debito {M} {CITY} {DD}.{MM}.{YYYY} carta n. XXXX{n4} | Pagamento Debit Mastercard {M} {CITY}
      salary = Accredito stipendio {P} {MON} | Salario {MM}.{YYYY} {P}
      rent = Ordine permanente {P} pigione {MON}
      debit = LSV+ {P} {PURPOSE} | eBill {P} {PURPOSE} rif. {n12}
      savings = Trasferimento conto di risparmio {n10} | Giro su conto risparmio {n8}
      atm = Prelievo Bancomat {CITY} {DD}.{MM}.
      out = TWINT invio a {P} {MEMO}
      in = TWINT da {P} {MEMO}
      bounce = Storno LSV+ {P} copertura insufficiente
      bouncefee = Spese storno addebito diretto
      fee = Spese tenuta conto {MON}
      benefit = Assegni familiari {P}
      refund = Rimborso imposta preventiva {YYYY} {P}
      tax = Imposte cantonali acconto {YYYY} {P}
      power = energia elettrica
      gas = gas
      water = acqua potabile
      phone = abbonamento mobile
      insurance = premio cassa malati
      loan = rata leasing
      employers = Helsana Ticino SA | Città di Lugano
      landlords = Immobiliare Ceresio SA | Marco Bernasconi
      powerco = AIL Lugano | AET Azienda Elettrica
      gasco = Metanord
      waterco = Aziende Municipalizzate Bellinzona
      phoneco = Swisscom | Salt Mobile
      insurers = Helsana | CSS Assicurazione
      subs = Netflix | Blue TV
      loans = Cembra Money Bank
      benefitpayer = Cassa di compensazione AVS
      refundpayer = Divisione delle contribuzioni
      groceries = Migros Ticino | Coop | Denner | Alimentari Bianchi
      dining = Grotto del Piccolo Vigneto | Ristorante Al Portico | Panetteria Pellanda | Osteria Manciana
      fuel = Agrola | Tamoil | Stazione di servizio Ruffoni
      transport = FFS | TPL Lugano | Autopostale
      shopping = Manor | Fust | Libreria Melisa
      healthcare = Farmacia Centrale Lugano | Amavita Farmacia | Studio dentistico Dr. Rossi
      travel = Hotel Splendide Royal | Swiss International Air Lines | Viaggi Kuoni
      cities = LUGANO | BELLINZONA | LOCARNO
      friends = Luca Bernasconi | Giulia Ferrari
      memos = CENA | REGALO | BIGLIETTI
      weekly = Pulizie Rosa

      [ma]
      currency = MAD
      scale = 10
      header = Date;Libellé;Montant;Solde
      date = dd/MM/yyyy
      comma = yes
      months = JANVIER FEVRIER MARS AVRIL MAI JUIN JUILLET AOUT SEPTEMBRE OCTOBRE NOVEMBRE DECEMBRE
      card = PAIEMENT PAR CARTE {M} {CITY} {DD}/{MM} CARTE {n4}XXXXXX{n4} | ACHAT TPE {M} {CITY} MA
      salary = VIREMENT SALAIRE {P} {MON} | VIR RECU {P} SALAIRE {MM}/{YYYY}
      rent = VIREMENT PERMANENT {P} LOYER {MON}
      debit = PRELEVEMENT {P} {PURPOSE} REF {n10} | PRLV {P} {PURPOSE}
      savings = VIREMENT VERS COMPTE EPARGNE {n10} | VERSEMENT COMPTE SUR CARNET {n8}
      atm = RETRAIT GAB {CITY} {DD}/{MM}
      out = VIREMENT EMIS {P} {MEMO}
      in = VIREMENT RECU {P} {MEMO}
      bounce = PRELEVEMENT IMPAYE {P} PROVISION INSUFFISANTE
      bouncefee = FRAIS REJET PRELEVEMENT
      fee = FRAIS TENUE DE COMPTE {MON}
      benefit = ALLOCATIONS FAMILIALES {P}
      refund = REMBOURSEMENT IMPOT {YYYY} {P}
      tax = PAIEMENT IMPOT SUR LE REVENU {YYYY} {P}
      power = electricite
      gas = gaz butane
      water = eau potable
      phone = forfait mobile
      insurance = assurance habitation
      loan = echeance credit
      employers = OCP Group | Ministere de la Sante
      landlords = Ahmed Benali | Immobiliere Anfa SARL
      powerco = ONEE Electricite | Lydec
      gasco = Afriquia Gaz
      waterco = Redal
      phoneco = Maroc Telecom | Orange Maroc
      insurers = Wafa Assurance | RMA Assurance
      subs = Shahid | Netflix
      loans = Wafasalaf
      benefitpayer = CNSS
      refundpayer = DGI
      groceries = Marjane | BIM | Carrefour Market | Epicerie Hassan
      dining = Boulangerie Atlas | Cafe de France | Restaurant Dar Zitoun | Patisserie Amandine
      fuel = Afriquia | Shell | Station Service Ziz
      transport = ONCF | Tramway Casablanca | Petit Taxi Rachid
      shopping = Electroplanet | Librairie Carrefour des Livres | Kitea
      healthcare = Pharmacie du Centre | Clinique Les Nations Unies | Cabinet Dentaire Dr Alami
      travel = Royal Air Maroc | Hotel Mamounia | Riad Dar Anika
      cities = CASABLANCA | RABAT | MARRAKECH
      friends = Youssef El Amrani | Fatima Zahra Idrissi
      memos = DINER | CADEAU | BILLETS
      weekly = Femme de menage Khadija

      [ar]
      currency = ARS
      scale = 1000
      header = Fecha,Concepto,Importe,Saldo
      date = dd/MM/yyyy
      comma = no
      months = ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE
      card = COMPRA DEBITO {M} {CITY} TARJ {n4} | COMPRA CON TARJETA DE DEBITO {DD}/{MM} {M} {CITY}
      salary = ACREDITACION HABERES {P} {MON} | HABERES {MM}/{YYYY} {P}
      rent = TRANSFERENCIA A {P} ALQUILER {MON} CBU {n22}
      debit = DEBITO AUTOMATICO {P} {PURPOSE} | PAGO MIS CUENTAS {P} {PURPOSE} NRO {n10}
      savings = TRANSFERENCIA A CAJA DE AHORRO PROPIA {n10} | CONSTITUCION PLAZO FIJO {n8}
      atm = EXTRACCION CAJERO AUTOMATICO {CITY}
      out = TRANSFERENCIA INMEDIATA A {P} {MEMO}
      in = TRANSFERENCIA RECIBIDA DE {P} {MEMO}
      bounce = REVERSION DEBITO AUTOMATICO {P} FONDOS INSUFICIENTES
      bouncefee = COMISION DEBITO RECHAZADO
      fee = COMISION MANTENIMIENTO CUENTA {MON}
      benefit = ASIGNACION UNIVERSAL POR HIJO {P}
      refund = DEVOLUCION GANANCIAS {YYYY} {P}
      tax = PAGO MONOTRIBUTO {P} {YYYY}
      power = energia electrica
      gas = gas natural
      water = agua
      phone = telefonia movil
      insurance = seguro automotor
      loan = cuota prestamo personal
      employers = Mercado Libre SRL | Gobierno de la Ciudad de Buenos Aires
      landlords = Inmobiliaria Palermo | Jorge Fernandez
      powerco = Edenor | Edesur
      gasco = Metrogas
      waterco = AySA
      phoneco = Personal | Movistar Argentina
      insurers = La Caja Seguros | Sancor Seguros
      subs = Flow | Netflix
      loans = Naranja X
      benefitpayer = ANSES
      refundpayer = AFIP
      groceries = Coto | Carrefour | Dia | Almacen Don Pepe | Verduleria La Huerta
      dining = Panaderia La Espiga | Parrilla El Gaucho | Cafe Tortoni | Pizzeria Guerrin
      fuel = YPF | Axion Energy | Estacion de Servicio Puma
      transport = SUBE | Trenes Argentinos | Cabify
      shopping = Fravega | Garbarino | Libreria El Ateneo
      healthcare = Farmacity | Farmacia Del Pueblo | Consultorio Odontologico Dra Lopez
      travel = Aerolineas Argentinas | Hotel Alvear | Despegar
      cities = BUENOS AIRES | CORDOBA | ROSARIO
      friends = Martin Gomez | Sofia Rodriguez
      memos = CENA | REGALO | ENTRADAS
      weekly = Empleada Domestica Rosa

      [co]
      currency = COP
      scale = 4000
      header = Fecha,Descripcion,Valor,Saldo
      date = yyyy/MM/dd
      comma = no
      months = ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE
      card = COMPRA EN {M} {CITY} | COMPRA POS {M} {CITY} TARJETA *{n4}
      salary = PAGO NOMINA {P} | ABONO NOMINA {P} {MON}
      rent = PAGO PSE {P} ARRIENDO {MON}
      debit = PAGO PSE {P} {PURPOSE} | DEBITO AUTOMATICO {P} {PURPOSE} REF {n9}
      savings = TRASLADO A CUENTA DE AHORROS {n10} | APERTURA CDT {n8}
      atm = RETIRO CAJERO {CITY}
      out = TRANSFERENCIA A {P} {MEMO}
      in = TRANSFERENCIA DE {P} {MEMO}
      bounce = DEVOLUCION DEBITO AUTOMATICO {P} SALDO INSUFICIENTE
      bouncefee = COMISION DEVOLUCION DEBITO
      fee = CUOTA DE MANEJO {MON}
      benefit = SUBSIDIO FAMILIAR {P}
      refund = DEVOLUCION SALDO A FAVOR {YYYY} {P}
      tax = PAGO IMPUESTO DE RENTA {YYYY} {P}
      power = energia
      gas = gas natural
      water = acueducto
      phone = plan celular
      insurance = poliza hogar
      loan = cuota credito
      employers = Grupo Nutresa SA | Alcaldia de Medellin
      landlords = Arrendamientos Santa Fe | Carlos Ramirez
      powerco = EPM Energia | Enel Colombia
      gasco = Vanti
      waterco = Acueducto de Bogota
      phoneco = Claro Colombia | Tigo
      insurers = Seguros Bolivar | Sura Seguros
      subs = Netflix | Spotify
      loans = Bancolombia Credito
      benefitpayer = Compensar Caja de Compensacion
      refundpayer = DIAN
      groceries = Exito | Carulla | D1 | Tienda Don Jose | Fruver El Campo
      dining = Crepes and Waffles | Panaderia La Castellana | Restaurante El Corral | Asadero Los Paisas
      fuel = Terpel | Primax | Estacion de Servicio Texaco El Poblado
      transport = TransMilenio | Metro de Medellin | Taxi Libre
      shopping = Falabella | Alkosto | Libreria Nacional
      healthcare = Drogueria Colsubsidio | Cruz Verde | Consultorio Odontologico Sonria
      travel = Avianca | Hotel Estelar | Viajes Exito
      cities = BOGOTA | MEDELLIN | CALI
      friends = Andres Castro | Valentina Herrera
      memos = CENA | REGALO | BOLETAS
      weekly = Empleada Domestica Gloria

      [ph]
      currency = PHP
      scale = 55
      header = Date,Description,Debit,Credit,Balance
      date = MM/dd/yyyy
      comma = no
      split = yes
      pay = biweekly
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = POS PURCHASE {M} {CITY} PH | DEBIT CARD PURCHASE {n6}XXXXXX{n4} {M} {CITY}
      salary = PAYROLL CREDIT {P} | SALARY CREDIT {P}
      rent = INSTAPAY TRANSFER TO {P} RENT {MON}
      debit = BILLS PAYMENT {P} {PURPOSE} REF {n12} | AUTO DEBIT {P} {PURPOSE}
      savings = TRANSFER TO OWN SAVINGS {n10} | FUND TRANSFER TO TIME DEPOSIT {n8}
      atm = ATM WITHDRAWAL {CITY}
      out = INSTAPAY TRANSFER TO {P} {MEMO}
      in = INSTAPAY RECEIVED FROM {P} {MEMO}
      bounce = AUTO DEBIT RETURNED {P} DAIF
      bouncefee = RETURNED ITEM CHARGE
      fee = MONTHLY SERVICE CHARGE
      benefit = SSS PENSION {P}
      refund = BIR TAX REFUND {P}
      tax = BIR TAX PAYMENT {P}
      power = electricity
      gas = LPG refill
      water = water bill
      phone = postpaid plan
      insurance = insurance premium
      loan = loan amortization
      employers = Ayala Land Inc | Department of Education
      landlords = Megaworld Residences | Maria Santos
      powerco = Meralco | Visayan Electric
      gasco = Petron Gasul
      waterco = Maynilad | Manila Water
      phoneco = Globe Telecom | Smart Communications
      insurers = Sun Life Philippines | Pru Life UK
      subs = Netflix | Viu
      loans = Home Credit PH
      benefitpayer = SSS
      refundpayer = BIR
      groceries = SM Supermarket | Puregold | Robinsons Supermarket | Sari-Sari Store Aling Nena
      dining = Jollibee | Mang Inasal | Carinderia ni Aling Rosa | Bakeshop Pan de Manila
      fuel = Petron | Caltex | Seaoil Gas Station
      transport = LRT | Grab | Angkas
      shopping = SM Department Store | National Book Store | Ace Hardware
      healthcare = Mercury Drug | Watsons | Dental Clinic Dr Reyes
      travel = Cebu Pacific | Philippine Airlines | Shangri-La Mactan
      cities = MAKATI | QUEZON CITY | CEBU
      friends = Juan Dela Cruz | Angelica Reyes
      memos = DINNER | GIFT | TICKETS
      weekly = Yaya Linda

      [my]
      currency = MYR
      scale = 4.5
      header = Tarikh,Keterangan,Debit,Kredit,Baki
      date = dd/MM/yyyy
      comma = no
      split = yes
      months = JAN FEB MAC APR MEI JUN JUL OGO SEP OKT NOV DIS
      card = PEMBELIAN KAD DEBIT {M} {CITY} MY | POS {M} {CITY} {DD}{MM}
      salary = GAJI {MON} {P} | KREDIT GAJI {P}
      rent = DUITNOW KE {P} SEWA {MON}
      debit = BAYARAN BIL {P} {PURPOSE} | FPX {P} {PURPOSE} {n10}
      savings = PINDAHAN KE AKAUN SIMPANAN {n10} | SIMPANAN TETAP {n8}
      atm = PENGELUARAN TUNAI ATM {CITY}
      out = DUITNOW KE {P} {MEMO}
      in = DUITNOW DARI {P} {MEMO}
      bounce = DEBIT TERUS DIPULANGKAN {P} BAKI TIDAK MENCUKUPI
      bouncefee = CAJ PEMULANGAN DEBIT
      fee = CAJ PERKHIDMATAN {MON}
      benefit = BANTUAN SUMBANGAN TUNAI {P}
      refund = BAYARAN BALIK CUKAI {YYYY} {P}
      tax = BAYARAN CUKAI PENDAPATAN {YYYY} {P}
      power = elektrik
      gas = gas memasak
      water = air
      phone = pelan pascabayar
      insurance = takaful
      loan = ansuran pinjaman
      employers = Petronas Dagangan Bhd | Kementerian Pendidikan
      landlords = Ahmad Hassan | Sunway Property
      powerco = Tenaga Nasional
      gasco = Gas Malaysia
      waterco = Air Selangor
      phoneco = Maxis | CelcomDigi
      insurers = Etiqa Takaful | Prudential BSN Takaful
      subs = Astro | Netflix
      loans = AEON Credit
      benefitpayer = Kerajaan Malaysia
      refundpayer = LHDN
      groceries = Mydin | Lotus's | 99 Speedmart | Kedai Runcit Ahmad
      dining = Restoran Nasi Kandar Pelita | Kedai Kopi Ah Seng | Secret Recipe | Mamak Ali
      fuel = Petronas | Petron | Stesen Minyak Buraq
      transport = Rapid KL | KTM Komuter | Grab
      shopping = Popular Bookstore | Senheng | Kedai Kasut Lim
      healthcare = Guardian | Farmasi Alpro | Klinik Pergigian Dr Tan
      travel = AirAsia | Malaysia Airlines | Hotel Seri Malaysia
      cities = KUALA LUMPUR | PETALING JAYA | JOHOR BAHRU
      friends = Nurul Aisyah | Tan Wei Ming
      memos = MAKAN | HADIAH | TIKET
      weekly = Pembantu Rumah Siti

      [id]
      currency = IDR
      scale = 15000
      yen = yes
      header = Tanggal,Keterangan,Mutasi,Saldo
      date = dd/MM/yyyy
      comma = no
      months = JANUARI FEBRUARI MARET APRIL MEI JUNI JULI AGUSTUS SEPTEMBER OKTOBER NOVEMBER DESEMBER
      card = DEBIT KARTU {M} {CITY} | TRANSAKSI DEBIT {DD}/{MM} {M} {CITY} ID
      salary = GAJI {MON} {P} | TRSF E-BANKING CR {P} GAJI
      rent = TRSF E-BANKING DB {P} SEWA {MON}
      debit = AUTODEBET {P} {PURPOSE} | PEMBAYARAN {P} {PURPOSE} NO PEL {n12}
      savings = PEMINDAHAN KE TABUNGAN {n10} | PENEMPATAN DEPOSITO {n8}
      atm = TARIKAN ATM {CITY}
      out = TRSF E-BANKING DB {P} {MEMO}
      in = TRSF E-BANKING CR {P} {MEMO}
      bounce = AUTODEBET GAGAL DIKEMBALIKAN {P} SALDO TIDAK CUKUP
      bouncefee = BIAYA AUTODEBET GAGAL
      fee = BIAYA ADM {MON}
      benefit = BANTUAN SOSIAL {P}
      refund = RESTITUSI PAJAK {YYYY} {P}
      tax = PEMBAYARAN PAJAK PENGHASILAN {YYYY} {P}
      power = listrik
      gas = gas elpiji
      water = air PDAM
      phone = pascabayar
      insurance = premi asuransi
      loan = angsuran kredit
      employers = PT Astra International | Pemprov DKI Jakarta
      landlords = Budi Santoso | PT Kost Eksklusif
      powerco = PLN
      gasco = PGN
      waterco = PAM Jaya
      phoneco = Telkomsel | Indosat Ooredoo
      insurers = Prudential Indonesia | Allianz Life Indonesia
      subs = Vidio | Netflix
      loans = Adira Finance
      benefitpayer = Kemensos
      refundpayer = DJP
      groceries = Indomaret | Alfamart | Superindo | Toko Kelontong Bu Sri
      dining = Warung Makan Sederhana | Rumah Makan Padang Sari | Toko Roti Enak | Kopi Kenangan
      fuel = Pertamina | Shell Indonesia | SPBU Cikini
      transport = KRL Commuter Line | TransJakarta | Gojek
      shopping = Gramedia | Electronic City | Toko Sepatu Baru
      healthcare = Kimia Farma | Apotek K-24 | Klinik Gigi Dr Sari
      travel = Garuda Indonesia | Lion Air | Hotel Santika
      cities = JAKARTA | BANDUNG | SURABAYA
      friends = Dewi Lestari | Agus Wijaya
      memos = MAKAN | HADIAH | TIKET
      weekly = Pembantu Rumah Tangga Ani

      [ng]
      currency = NGN
      scale = 1500
      header = Trans Date,Narration,Debit,Credit,Balance
      date = dd/MM/yyyy
      comma = no
      split = yes
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = POS PURCHASE {M} {CITY} NG | POS/WEB {n6}******{n4} {M} {CITY} LANG
      salary = SALARY {MON} {P} | NIP TRANSFER FROM {P} SALARY
      rent = NIP TRANSFER TO {P} RENT {MON}
      debit = REMITA {P} {PURPOSE} RRR {n12} | DIRECT DEBIT {P} {PURPOSE}
      savings = TRANSFER TO TARGET SAVINGS {n10} | FIXED DEPOSIT BOOKING {n8}
      atm = ATM WDL {CITY}
      out = NIP TRANSFER TO {P} {MEMO}
      in = NIP TRANSFER FROM {P} {MEMO}
      bounce = DIRECT DEBIT RETURNED {P} INSUFFICIENT FUNDS
      bouncefee = RETURNED DIRECT DEBIT CHARGE
      fee = SMS ALERT CHARGES {MON}
      benefit = PENSION {P}
      refund = FIRS TAX REFUND {P}
      tax = FIRS TAX PAYMENT {P}
      power = prepaid electricity token
      gas = cooking gas
      water = water rate
      phone = airtime postpaid
      insurance = insurance premium
      loan = loan repayment
      employers = Dangote Cement Plc | Lagos State Government
      landlords = Chukwuemeka Okafor | Landwey Properties
      powerco = Ikeja Electric | Eko Electricity
      gasco = Oando Gas
      waterco = Lagos Water Corporation
      phoneco = MTN Nigeria | Airtel Nigeria
      insurers = AIICO Insurance | Leadway Assurance
      subs = DStv | Showmax
      loans = Carbon Finance
      benefitpayer = PenCom
      refundpayer = FIRS
      groceries = Shoprite | Spar Nigeria | Iya Bose Provisions Store
      dining = Chicken Republic | Mama Cass Restaurant | Buka Mama Tee | Sweet Sensation
      fuel = Total Energies | Conoil | Ardova Filling Station
      transport = Bolt | LAMATA BRT | Uber
      shopping = Jumia | Slot Systems | Roving Heights Bookstore
      healthcare = HealthPlus Pharmacy | MedPlus | Reddington Hospital
      travel = Air Peace | Arik Air | Eko Hotel
      cities = LAGOS | ABUJA | PORT HARCOURT
      friends = Chinedu Eze | Aisha Bello
      memos = DINNER | GIFT | TICKETS
      weekly = Driver Musa
      """;

  /**
   * The evaluation cast: other employers, landlords, shops and friends of the same countries. Never
   * used when writing rules; its figures estimate payees and merchants bsa has not seen.
   */
  static final String EVAL_CAST =
      """
      [sk]
      employers = Kia Slovakia s.r.o. | Fakultná nemocnica Nitra
      groceries = Kaufland | COOP Jednota | Mäsiarstvo Kubík | Zelovoc Eva
      dining = Hostinec Pod Hradom | Kaviareň Štúdio | Pizzeria Napoli | Pekáreň Kohút
      fuel = Shell | Čerpacia stanica Jurki | Tesco čerpacia stanica
      healthcare = Lekáreň Zdravie | Benu lekáreň | Ortopedická ambulancia Dr. Hudák
      shopping = Panta Rhei | Datart | Obuv Mária
      cities = NITRA | TRNAVA | PRESOV
      friends = Marek Šimko | Lucia Hrušková

      [hr]
      employers = Pliva Hrvatska d.o.o. | KBC Split
      groceries = Spar Hrvatska | Tommy | Pekara Klara | Tržnica Dolac
      dining = Gostionica Kod Ive | Pizzeria Mamma Mia | Kavana Dubrovnik | Buregdžinica Sarajevo
      fuel = Petrol | Shell | Benzinska postaja Lukoil
      healthcare = Ljekarna Farmacia | Ljekarne Prima Pharme | Zubna ordinacija Dr. Šarić
      shopping = Sancta Domenica | Knjižara Znanje | Trgovina obućom Ana
      cities = OSIJEK | ZADAR | PULA
      friends = Petra Jurić | Marko Knežević

      [lt]
      employers = Telia Lietuva AB | Kauno klinikos
      groceries = Lidl | Norfa | Mėsinė Ūkis | Daržovių parduotuvė Rasa
      dining = Kavinė Senamiestis | Picerija Bella | Restoranas Lokys | Kepyklėlė Duona
      fuel = Orlen Lietuva | Neste | Degalinė Emsi
      healthcare = Gintarinė vaistinė | Vaistinė Benu | Šeimos klinika Sveikata
      shopping = Topo Centras | Knygynas Pegasas | Batų parduotuvė Žingsnis
      cities = SIAULIAI | PANEVEZYS | ALYTUS
      friends = Giedrė Stankevičienė | Lukas Vaitkus

      [ee]
      employers = Swedbank AS | Tartu Ülikool
      groceries = Coop Konsum | Maxima | Lihapood Karl | Turuputka Anu
      dining = Kohvik Rost | Restoran Rataskaevu 16 | Pagaripood Kaneel | Pizzakiosk Volta
      fuel = Circle K | Tankla Terminal | Olerex Tankla
      healthcare = Südameapteek | Apteek 1 | Hambakliinik Tere
      shopping = Euronics | Raamatupood Apollo | Jalatsipood Samm
      cities = NARVA | VILJANDI | RAKVERE
      friends = Liis Mägi | Priit Tamm

      [ti]
      employers = USI Università della Svizzera italiana | EOC Ente Ospedaliero
      groceries = Aldi Suisse | Lidl Svizzera | Macelleria Fontana | Salumeria Ticinese
      dining = Trattoria Ticinese | Pizzeria Da Nino | Pasticceria Vanini | Caffè Olimpia
      fuel = Socar | Piccadilly Benzina | Distributore Eni Chiasso
      healthcare = Farmacia San Rocco | Sun Store | Studio medico Dr. Galli
      shopping = Interdiscount | Libreria Casagrande | Calzature Pedrazzini
      cities = CHIASSO | MENDRISIO | ASCONA
      friends = Sara Pedrazzini | Matteo Galli

      [ma]
      employers = Royal Air Maroc SA | Universite Mohammed V
      groceries = Label Vie | Aswak Assalam | Boucherie El Baraka | Epicerie Fine Najib
      dining = Snack Chez Rachid | Cafe Hafa | Patisserie Bennis | Restaurant Le Tajine
      fuel = Total Maroc | Winxo | Station Service Petrom
      healthcare = Pharmacie Al Amal | Laboratoire Bio Analyses | Clinique Dentaire Zerktouni
      shopping = Decathlon Maroc | Librairie Nationale | Bazar Souk El Had
      cities = FES | TANGER | AGADIR
      friends = Omar Tazi | Salma Bennani

      [ar]
      employers = YPF SA | Hospital Italiano de Buenos Aires
      groceries = Jumbo | Disco | Carniceria El Toro | Autoservicio Los Amigos
      dining = Heladeria Persicco | Confiteria La Ideal | Bodegon Don Carlos | Rotiseria Mi Barrio
      fuel = Shell | Gulf | Estacion de Servicio Dapsa
      healthcare = Farmacia Dr Ahorro | Farmaonline | Centro Medico Pueyrredon
      shopping = Musimundo | Libreria Yenny | Zapateria El Paso
      cities = MENDOZA | LA PLATA | MAR DEL PLATA
      friends = Lucia Fernandez | Diego Alvarez

      [co]
      employers = Ecopetrol SA | Universidad Nacional de Colombia
      groceries = Olimpica | Ara | Carniceria La Res | Minimercado El Vecino
      dining = Juan Valdez | Frisby | Corrientazo Dona Marta | Panaderia El Trigal
      fuel = Biomax | Mobil | Estacion Esso La 80
      healthcare = Farmatodo | Drogueria La Rebaja | Clinica Dental Odontosalud
      shopping = Homecenter | Panamericana Libreria | Zapateria Velez
      cities = BARRANQUILLA | CARTAGENA | BUCARAMANGA
      friends = Camila Torres | Santiago Rojas

      [ph]
      employers = Jollibee Foods Corp | Philippine General Hospital
      groceries = Savemore | Landers | Waltermart | Talipapa Fresh Market
      dining = Chowking | Greenwich | Max's Restaurant | Lutong Bahay Aling Cora
      fuel = Shell | Phoenix Petroleum | Cleanfuel
      healthcare = Southstar Drug | Rose Pharmacy | St Luke's Medical Center
      shopping = Uniqlo | Miniso | Handyman Do It Best
      cities = PASIG | TAGUIG | DAVAO
      friends = Paolo Mendoza | Kristine Garcia

      [my]
      employers = Maybank Berhad | Hospital Kuala Lumpur
      groceries = Giant | Aeon Big | Econsave | Kedai Sayur Muthu
      dining = Old Town White Coffee | Restoran Kari Kepala Ikan | Kedai Makan Mak Long | Marrybrown
      fuel = Shell | Caltex | BHPetrol
      healthcare = Caring Pharmacy | Big Pharmacy | Klinik Kesihatan Setapak
      shopping = MR DIY | Mr Toy | Kedai Buku Wan
      cities = IPOH | PENANG | MELAKA
      friends = Muhammad Faiz | Lim Mei Ling

      [id]
      employers = PT Telkom Indonesia | RSUP Dr Sardjito
      groceries = Hypermart | Lotte Mart | Giant | Warung Sembako Pak Darto
      dining = Solaria | Bakmi GM | Warung Nasi Bu Imas | Toko Kue Lestari
      fuel = BP AKR | Vivo | SPBU Pertamina Kuningan
      healthcare = Guardian Indonesia | Apotek Century | Klinik Pratama Sehat
      shopping = Ace Hardware Indonesia | Toko Buku Gunung Agung | Toko Elektronik Jaya
      cities = MEDAN | SEMARANG | MAKASSAR
      friends = Siti Rahmawati | Rudi Hartono

      [ng]
      employers = Access Bank Plc | Lagos University Teaching Hospital
      groceries = Justrite | Ebeano Supermarket | Mama Nkechi Foodstuff Shop
      dining = Kilimanjaro | Domino's Pizza | Bukka Hut | Mr Biggs
      fuel = Mobil | NNPC Mega Station | Mrs Filling Station
      healthcare = Alpha Pharmacy | Medplus Pharmacy | Lagoon Hospital
      shopping = Konga | Ebeano Home | Glitz Fashion Store
      cities = IBADAN | KANO | ENUGU
      friends = Tunde Adeyemi | Ngozi Okonkwo
      """;

  private static final List<WorldStatements.Country> COUNTRIES = WorldStatements.parse(SPECS);
  private static final List<WorldStatements.Country> EVAL =
      WorldStatements.withCast(COUNTRIES, WorldStatements.parse(EVAL_CAST));

  /**
   * Returns {@code perCountry} statements of every country (three months each, the last one six),
   * with the tuning cast or the evaluation cast.
   */
  static List<WorldStatements.Generated> all(int perCountry, boolean eval) {
    return WorldStatements.all(
        eval ? EVAL : COUNTRIES, perCountry, eval ? 1_299_709L : 32_452_843L);
  }
}
