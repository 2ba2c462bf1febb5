package io.github.bsa.parsers.analysis;

import java.util.List;

/**
 * Labelled CSV statements of twelve more countries and languages that neither the shared fixtures,
 * {@link HeldOutStatements} nor {@link WorldStatements} render: Austria, Finland, Norway, Greece
 * (Greek-script bank words, Latin card-network merchant names), Turkey, Romania, Hungary, South
 * Africa, New Zealand, Singapore, the United States in Spanish and Kenya. Each country is written
 * from how its banks describe bookings (Bankomat/Behebung, korttiosto, Vipps/AvtaleGiro, ΑΓΟΡΑ ΜΕ
 * ΚΑΡΤΑ/IRIS, POS SATIŞ/FAST, Plata la POS, csoportos beszedés, debit order/magtape, EFTPOS/
 * automatic payment, GIRO/PayNow, Zelle/ACH in Spanish, PesaLink/M-Pesa) and its real, common
 * chains and shops for every purchase category, salary/benefit words, utilities with varying
 * amounts, a one-off tax payment, own-savings transfers and a returned direct debit with its fee.
 * The household life and the CSV writing are those of {@link WorldStatements}.
 *
 * <p>Two casts: the <b>tuning cast</b> ({@link #SPECS}) that the default rules may be extended
 * from, and the <b>evaluation cast</b> ({@link #EVAL_CAST}: other employers, landlords, shops and
 * friends of the same countries) that must never be used when writing rules, so that its figures
 * estimate merchants bsa has not seen. Both casts were written, and their first figures recorded
 * (see {@code AnalysisGlobeScoreTest}), before any rule was changed for these countries.
 */
final class GlobeStatements {
  private GlobeStatements() {}

  /** The banks and households, in the key format of {@link WorldStatements}. */
  static final String SPECS =
      """
      [at]
      currency = EUR
      scale = 1
      header = Buchungsdatum;Buchungstext;Betrag;Saldo
      date = dd.MM.yyyy
      comma = yes
      months = JÄNNER FEBRUAR MÄRZ APRIL MAI JUNI JULI AUGUST SEPTEMBER OKTOBER NOVEMBER DEZEMBER
      card = Bezahlung Karte MC/{n6} {M} {CITY} {DD}.{MM}. | POS {n4} K1 {DD}.{MM}. {M} {CITY}
      salary = {P} Gehalt {MON} {YYYY} | Bezug {MM}/{YYYY} {P}
      rent = Dauerauftrag {P} Miete {MON}
      debit = Einzug {P} {PURPOSE} Mandat {x10} | SEPA Lastschrift {P} {PURPOSE}
      savings = Übertrag auf Sparkonto {n10} | Eigenübertrag Kapitalsparbuch {n8}
      atm = Behebung Bankomat {CITY} {DD}.{MM}.
      out = Überweisung an {P} {MEMO}
      in = Gutschrift {P} {MEMO}
      bounce = Rückbuchung Lastschrift {P} mangels Deckung
      bouncefee = Spesen Rückbuchung
      fee = Kontoführung {MON}
      benefit = Familienbeihilfe {P}
      refund = Arbeitnehmerveranlagung {YYYY} {P}
      tax = Einkommensteuer Vorauszahlung {P}
      power = Strom
      gas = Gas
      water = Wasser Kanal
      phone = Handy Rechnung
      insurance = Haushaltsversicherung
      loan = Kreditrate
      employers = Voestalpine Stahl GmbH | Magistrat der Stadt Wien
      landlords = Wiener Wohnen | Sozialbau AG
      powerco = Wien Energie | Verbund AG
      gasco = EVN Energievertrieb
      waterco = Wasserverband Eferding
      phoneco = A1 Telekom Austria | Magenta Telekom
      insurers = Wiener Städtische | UNIQA Österreich
      subs = Netflix | Sky X
      loans = Santander Consumer Bank
      benefitpayer = Finanzamt Österreich
      refundpayer = Finanzamt Österreich
      groceries = Billa | Hofer | Interspar | Greißlerei Huber
      dining = Gasthaus Zum Hirschen | Café Landtmann | Heuriger Schübel
      fuel = OMV | Eni Tankstelle | Turmöl
      transport = ÖBB Ticketshop | Wiener Linien | Westbahn
      shopping = MediaMarkt | Thalia | Libro | XXXLutz
      healthcare = Apotheke Zum Löwen | Ordination Dr. Berger | Zahnambulatorium Mitte
      travel = Austrian Airlines | Hotel Sacher | Ruefa Reisen
      cities = WIEN | GRAZ | LINZ
      friends = Lukas Gruber | Anna Huber
      memos = ESSEN | GESCHENK | KONZERTKARTEN
      weekly = Putzhilfe Jelena

      [fi]
      currency = EUR
      scale = 1
      header = Kirjauspäivä;Selitys;Määrä;Saldo
      date = dd.MM.yyyy
      comma = yes
      months = TAMMIKUU HELMIKUU MAALISKUU HUHTIKUU TOUKOKUU KESÄKUU HEINÄKUU ELOKUU SYYSKUU LOKAKUU MARRASKUU JOULUKUU
      card = KORTTIOSTO {DD}{MM} {M} {CITY} | PKORTTIMAKSU {M} {CITY}
      salary = PALKKA {P} {MON} | PALKKA {MM}/{YYYY} {P}
      rent = TILISIIRTO {P} VUOKRA {MON}
      debit = E-LASKU {P} {PURPOSE} VIITE {n12} | SUORAMAKSU {P} {PURPOSE}
      savings = OMA SIIRTO SÄÄSTÖTILI {n8} | SIIRTO SÄÄSTÖTILILLE {n8}
      atm = KÄTEISNOSTO OTTO {CITY}
      out = MOBILEPAY {P} {MEMO}
      in = TILISIIRTO {P} {MEMO}
      bounce = PALAUTUS SUORAMAKSU {P} KATE EI RIITÄ
      bouncefee = PALVELUMAKSU KATTEETON MAKSU
      fee = PALVELUMAKSU {MON}
      benefit = LAPSILISÄ {P}
      refund = VEROPALAUTUS {YYYY} {P}
      tax = JÄÄNNÖSVERO {YYYY} {P}
      power = SÄHKÖ
      gas = KAASU
      water = VESI
      phone = PUHELIN
      insurance = VAKUUTUS
      loan = LAINAN LYHENNYS
      employers = Wärtsilä Oyj | Helsingin kaupunki
      landlords = SATO Oyj | Kojamo Lumo
      powerco = Helen Oy | Fortum
      gasco = Gasum
      waterco = HSY Vesihuolto
      phoneco = Elisa Oyj | Telia Finland
      insurers = LähiTapiola | If Vahinkovakuutus
      subs = Ruutu | Podimo
      loans = Nordea Rahoitus
      benefitpayer = Kela
      refundpayer = Verohallinto
      groceries = K-Citymarket | Prisma | Lidl | Lähikauppa Pihlaja
      dining = Hesburger | Ravintola Savoy | Fazer Cafe
      fuel = Neste | ABC | St1
      transport = HSL | VR | Föli
      shopping = Tokmanni | Verkkokauppa.com | Suomalainen Kirjakauppa
      healthcare = Yliopiston Apteekki | Terveystalo | Mehiläinen
      travel = Finnair | Sokos Hotel | Holiday Club
      cities = HELSINKI | ESPOO | TAMPERE
      friends = Mikko Virtanen | Laura Korhonen
      memos = ILLALLINEN | LAHJA | LIPUT
      weekly = Siivouspalvelu Aino

      [no]
      currency = NOK
      scale = 11
      header = Dato;Forklaring;Beløp;Saldo
      date = dd.MM.yyyy
      comma = yes
      months = JAN FEB MAR APR MAI JUN JUL AUG SEP OKT NOV DES
      card = Varekjøp {M} {CITY} Dato {DD}.{MM} | *{n4} {DD}.{MM} NOK {M} {CITY} Kurs: 1.0000
      salary = Lønn {P} | Lønn {MON} {P}
      rent = Husleie {P} {MON}
      debit = AvtaleGiro {P} {PURPOSE} | eFaktura {P} {PURPOSE} KID {n12}
      savings = Overføring til sparekonto {n11} | Overført til BSU {n11}
      atm = Minibank {CITY} Dato {DD}.{MM}
      out = Vipps {P} {MEMO}
      in = Vipps fra {P} {MEMO}
      bounce = Avvist AvtaleGiro {P} manglende dekning
      bouncefee = Gebyr avvist betaling
      fee = Gebyr kontohold {MON}
      benefit = Barnetrygd {P}
      refund = Skatteoppgjør tilgode {YYYY} {P}
      tax = Restskatt {YYYY} {P}
      power = strøm
      gas = gass
      water = kommunale avgifter vann
      phone = mobilabonnement
      insurance = innboforsikring
      loan = billån termin
      employers = Equinor ASA | Oslo kommune
      landlords = OBOS Eiendom | Boligbygg Oslo
      powerco = Fjordkraft | Tibber Norge
      gasco = Gasnor
      waterco = Bergen Vann
      phoneco = Telenor Norge | Telia Norge
      insurers = Gjensidige | Fremtind
      subs = TV 2 Play | Strim
      loans = Santander Consumer
      benefitpayer = NAV
      refundpayer = Skatteetaten
      groceries = Rema 1000 | Kiwi | Coop Extra | Joker Majorstuen
      dining = Peppes Pizza | Kaffebrenneriet | Egon Restaurant
      fuel = Circle K | Uno-X | Esso
      transport = Ruter | Vy | Flytoget
      shopping = Elkjøp | Europris | Norli Bokhandel
      healthcare = Vitusapotek | Apotek 1 | Tannlege Hansen
      travel = Norwegian | Thon Hotels | Widerøe
      cities = OSLO | BERGEN | TRONDHEIM
      friends = Ola Nordmann | Ingrid Berg
      memos = MIDDAG | GAVE | KINOBILLETTER
      weekly = Vaskehjelp Marta

      [gr]
      currency = EUR
      scale = 1
      header = Ημερομηνία;Περιγραφή;Ποσό;Υπόλοιπο
      date = dd/MM/yyyy
      comma = yes
      months = ΙΑΝ ΦΕΒ ΜΑΡ ΑΠΡ ΜΑΪ ΙΟΥΝ ΙΟΥΛ ΑΥΓ ΣΕΠ ΟΚΤ ΝΟΕ ΔΕΚ
      card = ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ {M} {CITY} | POS {M} {CITY} GR
      salary = ΜΙΣΘΟΔΟΣΙΑ {P} {MON} | ΜΙΣΘΟΣ {MM}/{YYYY} {P}
      rent = ΜΕΤΑΦΟΡΑ ΣΕ {P} ΕΝΟΙΚΙΟ {MON}
      debit = ΠΑΓΙΑ ΕΝΤΟΛΗ {P} {PURPOSE} | ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ {P} {PURPOSE} ΚΩΔ {n10}
      savings = ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓ ΤΑΜΙΕΥΤΗΡΙΟΥ {n10} | ΜΕΤΑΦΟΡΑ ΣΕ ΠΡΟΘΕΣΜΙΑΚΗ {n8}
      atm = ΑΝΑΛΗΨΗ ATM {CITY}
      out = IRIS ΑΠΟΣΤΟΛΗ {P} {MEMO}
      in = ΜΕΤΑΦΟΡΑ ΑΠΟ {P} {MEMO}
      bounce = ΕΠΙΣΤΡΟΦΗ ΠΑΓΙΑΣ ΕΝΤΟΛΗΣ {P} ΑΝΕΠΑΡΚΕΣ ΥΠΟΛΟΙΠΟ
      bouncefee = ΠΡΟΜΗΘΕΙΑ ΕΠΙΣΤΡΟΦΗΣ ΕΝΤΟΛΗΣ
      fee = ΠΡΟΜΗΘΕΙΑ ΤΗΡΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ
      benefit = ΕΠΙΔΟΜΑ ΠΑΙΔΙΟΥ {P}
      refund = ΕΠΙΣΤΡΟΦΗ ΦΟΡΟΥ {YYYY} {P}
      tax = ΦΟΡΟΣ ΕΙΣΟΔΗΜΑΤΟΣ {YYYY} {P}
      power = ΡΕΥΜΑ
      gas = ΦΥΣΙΚΟ ΑΕΡΙΟ
      water = ΝΕΡΟ
      phone = ΚΙΝΗΤΗ
      insurance = ΑΣΦΑΛΙΣΤΡΑ
      loan = ΔΟΣΗ ΔΑΝΕΙΟΥ
      employers = OTE AE | Dimos Athinaion
      landlords = Lamda Development | Giorgos Papadopoulos
      powerco = DEI | Protergia
      gasco = Fysiko Aerio Ellados
      waterco = EYDAP
      phoneco = Cosmote | Vodafone Ellas
      insurers = Ethniki Asfalistiki | Interamerican
      subs = Netflix | Cosmote TV
      loans = Eurobank Consumer
      benefitpayer = OPEKA
      refundpayer = AADE
      groceries = AB Vassilopoulos | Sklavenitis | My Market | Pantopoleio Eleni
      dining = Goody's Burger House | Everest | Psistaria Nikos
      fuel = EKO | Shell Hellas | Avin
      transport = OASA | Beat Taxi | Hellenic Seaways
      shopping = Public | Kotsovolos | Jumbo
      healthcare = Farmakeio Papadaki | Iatreio Dr Georgiou | Bioiatriki
      travel = Aegean Airlines | Grecotel | Blue Star Ferries
      cities = ATHINA | THESSALONIKI | PATRA
      friends = Maria Papadaki | Nikos Georgiou
      memos = DEIPNO | DORO | EISITIRIA
      weekly = Katharistria Eleni

      [tr]
      currency = TRY
      scale = 35
      header = Tarih;Açıklama;Tutar;Bakiye
      date = dd.MM.yyyy
      comma = yes
      months = OCAK ŞUBAT MART NİSAN MAYIS HAZİRAN TEMMUZ AĞUSTOS EYLÜL EKİM KASIM ARALIK
      card = POS SATIŞ {M} {CITY} | KARTLI ALIŞVERİŞ {M} {CITY} TR
      salary = MAAŞ ÖDEMESİ {P} {MON} | EFT MAAŞ {P} {MM}/{YYYY}
      rent = FAST {P} KİRA {MON}
      debit = OTOMATİK ÖDEME {P} {PURPOSE} | FATURA ÖDEMESİ {P} {PURPOSE} ABONE NO {n9}
      savings = VADELİ HESABA VİRMAN {n8} | KENDİ HESABINA VİRMAN BİRİKİM {n8}
      atm = ATM PARA ÇEKME {CITY}
      out = FAST GİDEN {P} {MEMO}
      in = FAST GELEN {P} {MEMO}
      bounce = OTOMATİK ÖDEME İADE {P} YETERSİZ BAKİYE
      bouncefee = OTOMATİK ÖDEME İADE ÜCRETİ
      fee = HESAP İŞLETİM ÜCRETİ {MON}
      benefit = AİLE DESTEĞİ {P}
      refund = VERGİ İADESİ {YYYY} {P}
      tax = VERGİ ÖDEMESİ {P} GELİR VERGİSİ
      power = ELEKTRİK
      gas = DOĞALGAZ
      water = SU FATURASI
      phone = GSM FATURA
      insurance = KASKO SİGORTA
      loan = KREDİ TAKSİT
      employers = Arçelik A.Ş. | İstanbul Büyükşehir Belediyesi
      landlords = Mehmet Yılmaz | Emlak Konut GYO
      powerco = CK Enerji Boğaziçi | Enerjisa
      gasco = İGDAŞ
      waterco = İSKİ
      phoneco = Turkcell | Türk Telekom
      insurers = Anadolu Sigorta | Allianz Sigorta
      subs = BluTV | Exxen
      loans = QNB Finansbank
      benefitpayer = SGK
      refundpayer = Gelir İdaresi
      groceries = Migros | BİM | A101 | Bakkal Hasan
      dining = Simit Sarayı | Köfteci Yusuf | Kahve Dünyası | Lokanta Çınar
      fuel = Opet | Petrol Ofisi | Shell
      transport = İstanbulkart | Marmaray | BiTaksi
      shopping = Teknosa | LC Waikiki | D&R
      healthcare = Eczane Şifa | Acıbadem Hastanesi | Diş Hekimi Ayşe
      travel = Pegasus | Türk Hava Yolları | Divan Otel
      cities = ISTANBUL | ANKARA | IZMIR
      friends = Ayşe Demir | Emre Kaya
      memos = YEMEK | HEDİYE | BİLET
      weekly = Temizlikçi Fatma

      [ro]
      currency = RON
      scale = 5
      header = Data;Descriere;Suma;Sold
      date = dd.MM.yyyy
      comma = yes
      months = IANUARIE FEBRUARIE MARTIE APRILIE MAI IUNIE IULIE AUGUST SEPTEMBRIE OCTOMBRIE NOIEMBRIE DECEMBRIE
      card = Plata la POS {M} {CITY} RO | Cumparare POS {DD}/{MM}/{YYYY} {M} {CITY}
      salary = Incasare salariu {P} {MON} | Transfer intrabancar {P} SALARIU {MM}/{YYYY}
      rent = Transfer {P} chirie {MON}
      debit = Debit direct {P} {PURPOSE} | Plata factura {P} {PURPOSE} cod client {n10}
      savings = Transfer in cont de economii {n10} | Constituire depozit {n8}
      atm = Retragere numerar ATM {CITY}
      out = Transfer catre {P} {MEMO}
      in = Incasare OP de la {P} {MEMO}
      bounce = Debit direct respins {P} fonduri insuficiente
      bouncefee = Comision debit direct respins
      fee = Comision administrare cont {MON}
      benefit = Alocatie de stat copii {P}
      refund = Restituire impozit {YYYY} {P}
      tax = Plata impozit {P} {YYYY}
      power = energie electrica
      gas = gaze naturale
      water = apa canal
      phone = abonament mobil
      insurance = asigurare locuinta
      loan = rata credit
      employers = Dacia Automobile SA | Primaria Municipiului Cluj
      landlords = Ion Popescu | Imobiliare Herastrau SRL
      powerco = Electrica Furnizare | Enel Energie Muntenia
      gasco = Engie Romania
      waterco = Apa Nova Bucuresti
      phoneco = Orange Romania | Digi RCS RDS
      insurers = Groupama Asigurari | Allianz Tiriac
      subs = Netflix | Digi Online
      loans = Provident Financial
      benefitpayer = AJPIS
      refundpayer = ANAF
      groceries = Kaufland | Mega Image | Profi | Magazin Alimentar Ana
      dining = Caru cu Bere | La Mama | Patiseria Dulce
      fuel = Petrom | OMV | Rompetrol
      transport = STB | Metrorex | CFR Calatori
      shopping = eMAG | Altex | Carturesti
      healthcare = Catena Farmacia | Farmacia Tei | Regina Maria
      travel = Tarom | Blue Air | Hotel Intercontinental
      cities = BUCURESTI | CLUJ NAPOCA | IASI
      friends = Andrei Ionescu | Elena Popa
      memos = CINA | CADOU | BILETE
      weekly = Menajera Maria

      [hu]
      currency = HUF
      scale = 380
      header = Könyvelés dátuma;Közlemény;Összeg;Egyenleg
      date = yyyy.MM.dd
      comma = yes
      yen = yes
      months = JANUÁR FEBRUÁR MÁRCIUS ÁPRILIS MÁJUS JÚNIUS JÚLIUS AUGUSZTUS SZEPTEMBER OKTÓBER NOVEMBER DECEMBER
      card = Vásárlás kártyával {M} {CITY} | POS vásárlás {M} {CITY} HU
      salary = Munkabér {P} {MON} | Bér jóváírás {P} {YYYY}.{MM}
      rent = Átutalás {P} lakbér {MON}
      debit = Csoportos beszedés {P} {PURPOSE} | Csoportos beszedési megbízás {P} {PURPOSE} ügyfélazonosító {n10}
      savings = Átvezetés megtakarítási számlára {n8} | Lekötött betét elhelyezés {n8}
      atm = Készpénzfelvétel ATM {CITY}
      out = Azonnali átutalás {P} {MEMO}
      in = Jóváírás {P} {MEMO}
      bounce = Visszautasított csoportos beszedés {P} fedezethiány
      bouncefee = Fedezethiány miatti visszautasítás díja
      fee = Számlavezetési díj {MON}
      benefit = Családi pótlék {P}
      refund = SZJA visszatérítés {YYYY} {P}
      tax = SZJA befizetés {YYYY} {P}
      power = villamos energia
      gas = földgáz
      water = vízdíj
      phone = mobil előfizetés
      insurance = lakásbiztosítás
      loan = hiteltörlesztés
      employers = Richter Gedeon Nyrt | Budapest Főváros Önkormányzata
      landlords = Kovács János | Futureal Ingatlan Kft
      powerco = MVM Next | E.ON Hungária
      gasco = Főgáz Zrt
      waterco = Fővárosi Vízművek
      phoneco = Magyar Telekom | Yettel Hungary
      insurers = Allianz Hungária | Generali Biztosító
      subs = RTL+ | HBO Max
      loans = Cofidis Hungary
      benefitpayer = Magyar Államkincstár
      refundpayer = NAV
      groceries = CBA | Spar Partner | Lidl | Zöldséges Kati
      dining = Gundel Étterem | Cukrászda Hauer | Pizza Me
      fuel = MOL | OMV | Shell
      transport = BKV | MÁV-Start | Volánbusz
      shopping = Libri Könyvesbolt | Praktiker | Decathlon
      healthcare = BENU Gyógyszertár | Patika Zugló | Fogorvosi Rendelő
      travel = Wizz Air | Danubius Hotel | Travelo Utazás
      cities = BUDAPEST | DEBRECEN | SZEGED
      friends = Nagy Péter | Szabó Eszter
      memos = VACSORA | AJÁNDÉK | JEGYEK
      weekly = Takarítónő Ildikó

      [za]
      currency = ZAR
      scale = 18
      header = Date,Description,Amount,Balance
      date = yyyy/MM/dd
      comma = no
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = POS Purchase {M} {CITY} {n6}*{n4} {DD} {MON} | Card Purchase {M} {CITY}
      salary = SALARY {P} | Magtape Credit {P} Salary
      rent = Internet Pmt To {P} Rent {MON}
      debit = Debit Order {P} {PURPOSE} | Magtape Debit {P} {PURPOSE} {n8}
      savings = Transfer To Savings Pocket {n4} | Internet Trf To Fixed Deposit {n8}
      atm = ATM Cash {CITY}
      out = FNB App Payment To {P} {MEMO}
      in = Payment From {P} {MEMO}
      bounce = Unpaid Debit Order {P} Insufficient Funds
      bouncefee = Unpaid Debit Order Fee
      fee = Monthly Account Fee
      benefit = SASSA Child Support Grant {P}
      refund = SARS Tax Refund {P}
      tax = Income Tax Payment {P}
      power = prepaid electricity
      gas = LP gas
      water = rates and water
      phone = contract
      insurance = premium
      loan = vehicle finance instalment
      employers = Sasol Limited | City of Cape Town
      landlords = Pam Golding Rentals | Thabo Mokoena
      powerco = Eskom | City Power Johannesburg
      gasco = Easigas
      waterco = Johannesburg Water
      phoneco = Vodacom | MTN SA
      insurers = Old Mutual | OUTsurance
      subs = Showmax | DStv
      loans = WesBank
      benefitpayer = SASSA
      refundpayer = SARS
      groceries = Checkers | Pick n Pay | Shoprite | Boxer
      dining = Steers | Spur Steak Ranches | Wimpy
      fuel = Engen | Sasol Garage | Shell
      transport = Gautrain | MyCiTi | Metrorail
      shopping = Takealot | Mr Price | Makro
      healthcare = Dis-Chem | Clicks | Netcare
      travel = FlySafair | Protea Hotels | Kulula
      cities = CAPE TOWN | JOHANNESBURG | DURBAN
      friends = Sipho Ndlovu | Anke van der Merwe
      memos = DINNER | GIFT | TICKETS
      weekly = Gardener Joseph

      [nz]
      currency = NZD
      scale = 1.7
      header = Date,Memo,Debit,Credit,Balance
      date = dd/MM/yyyy
      comma = no
      split = yes
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = POS W/D {M} {CITY} | EFTPOS {M} {CITY} {DD}/{MM}
      salary = {P} Salary | Direct Credit {P} Wages
      rent = Automatic Payment {P} Rent
      debit = Direct Debit {P} {PURPOSE} | DD {P} {PURPOSE} Ref {n8}
      savings = Transfer to Notice Saver {n4} | Automatic Transfer To Savings Account {n8}
      atm = ATM Withdrawal {CITY}
      out = Bill Payment {P} {MEMO}
      in = Direct Credit {P} {MEMO}
      bounce = Dishonour DD {P}
      bouncefee = Dishonoured Payment Fee
      fee = Monthly Account Fee
      benefit = Working For Families {P}
      refund = IRD Tax Refund {P}
      tax = Provisional Tax {P}
      power = power
      gas = gas
      water = water rates
      phone = mobile
      insurance = insurance premium
      loan = car loan
      employers = Fonterra Co-operative | Auckland Council
      landlords = Barfoot and Thompson Rentals | Quinovic Property
      powerco = Mercury Energy | Genesis Energy
      gasco = Nova Energy
      waterco = Watercare Services
      phoneco = Spark NZ | One NZ
      insurers = AA Insurance | Tower Insurance
      subs = Neon | Sky Go
      loans = UDC Finance
      benefitpayer = Inland Revenue
      refundpayer = Inland Revenue
      groceries = Countdown | New World | Pak n Save | Four Square
      dining = Burger Fuel | Hell Pizza | Columbus Coffee
      fuel = Z Energy | Mobil | Gull
      transport = AT HOP | Metlink | Snapper
      shopping = The Warehouse | Noel Leeming | Whitcoulls
      healthcare = Chemist Warehouse | Unichem | Life Pharmacy
      travel = Air New Zealand | Jetstar | Interislander
      cities = AUCKLAND | WELLINGTON | CHRISTCHURCH
      friends = Aroha Ngata | James Wilson
      memos = DINNER | GIFT | TICKETS
      weekly = Nanny Hana

      [sg]
      currency = SGD
      scale = 1.35
      header = Transaction Date,Description,Debit Amount,Credit Amount,Balance
      date = dd/MM/yyyy
      comma = no
      split = yes
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = Debit Card Transaction {M} {CITY} SG {DD}{MON} | NETS {M} {n8}
      salary = Salary GIRO {P} | GIRO - Salary {P}
      rent = PayNow Transfer {P} Rent {MON}
      debit = GIRO {P} {PURPOSE} | Interbank GIRO {P} {PURPOSE} {n10}
      savings = Funds Transfer to Savings {n10} | Fixed Deposit Placement {n8}
      atm = Cash Withdrawal ATM {CITY}
      out = PayNow Transfer To {P} {MEMO}
      in = Incoming PayNow {P} {MEMO}
      bounce = GIRO Return {P} Insufficient Funds
      bouncefee = Returned GIRO Fee
      fee = Fall Below Fee
      benefit = Baby Bonus Cash Gift {P}
      refund = IRAS Tax Refund {P}
      tax = GIRO {P} Income Tax
      power = electricity
      gas = town gas
      water = water
      phone = mobile
      insurance = premium
      loan = loan instalment
      employers = Keppel Corporation | Ministry of Education
      landlords = Tan Ah Kow | ERA Realty
      powerco = SP Services | Geneco
      gasco = City Energy
      waterco = PUB
      phoneco = Singtel | StarHub
      insurers = Great Eastern Life | NTUC Income
      subs = Netflix | Mewatch
      loans = Hong Leong Finance
      benefitpayer = MSF
      refundpayer = IRAS
      groceries = FairPrice | Cold Storage | Sheng Siong | Giant
      dining = Ya Kun Kaya Toast | Toast Box | Din Tai Fung
      fuel = Esso | SPC | Caltex
      transport = TransitLink | ComfortDelGro Taxi | Grab
      shopping = Courts | Popular Bookstore | Uniqlo
      healthcare = Guardian | Watsons | Raffles Medical
      travel = Singapore Airlines | Scoot | Marina Bay Sands
      cities = ORCHARD | TAMPINES | JURONG
      friends = Lim Wei Ling | Rajesh Kumar
      memos = DINNER | GIFT | TICKETS
      weekly = Helper Siti

      [us]
      currency = USD
      scale = 1.1
      header = Fecha,Descripción,Monto,Saldo
      date = MM/dd/yyyy
      comma = no
      pay = biweekly
      months = ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC
      card = COMPRA TARJETA {MM}/{DD} {M} {CITY} TX | COMPRA PUNTO DE VENTA {M} {CITY}
      salary = DEPÓSITO DIRECTO {P} NÓMINA | DEPÓSITO DIRECTO {P} PAGO SALARIO
      rent = PAGO ZELLE A {P} RENTA {MON}
      debit = CARGO AUTOMÁTICO {P} {PURPOSE} | DÉBITO ACH {P} {PURPOSE} ID {n10}
      savings = TRANSFERENCIA A CUENTA DE AHORROS {n4} | TRANSFERENCIA EN LÍNEA A AHORROS {n4}
      atm = RETIRO EN CAJERO {CITY}
      out = PAGO ZELLE A {P} {MEMO}
      in = ZELLE DE {P} {MEMO}
      bounce = DEVOLUCIÓN ACH {P} FONDOS INSUFICIENTES
      bouncefee = CARGO POR PARTIDA DEVUELTA
      fee = CARGO MENSUAL POR SERVICIO
      benefit = BENEFICIO SEGURO SOCIAL {P}
      refund = REEMBOLSO IMPUESTOS {P} {YYYY}
      tax = PAGO DE IMPUESTOS {P} {YYYY}
      power = ELECTRICIDAD
      gas = GAS NATURAL
      water = AGUA
      phone = CELULAR
      insurance = SEGURO AUTO
      loan = PRÉSTAMO AUTO
      employers = Baylor Scott and White Health | Miami-Dade County
      landlords = Greystar Properties | José Hernández
      powerco = Florida Power and Light | TXU Energy
      gasco = Atmos Energy
      waterco = Houston Water
      phoneco = T-Mobile | ATT Wireless
      insurers = State Farm | Progressive
      subs = Netflix | ViX
      loans = Ally Financial
      benefitpayer = SSA
      refundpayer = IRS
      groceries = H-E-B | Fiesta Mart | Sedano's | Walmart Neighborhood Market
      dining = Taco Cabana | Pollo Tropical | Panadería La Michoacana
      fuel = Valero | Chevron | RaceTrac
      transport = METRORail Houston | Miami-Dade Transit | Uber
      shopping = Target | Ross Dress for Less | Home Depot
      healthcare = CVS Pharmacy | Walgreens | Farmacia El Ahorro
      travel = American Airlines | Spirit Airlines | Hampton Inn
      cities = HOUSTON | MIAMI | SAN ANTONIO
      friends = María García | Carlos Rodríguez
      memos = CENA | REGALO | BOLETOS
      weekly = Niñera Lupita

      [ke]
      currency = KES
      scale = 130
      header = Transaction Date,Narrative,Debit,Credit,Running Balance
      date = dd-MM-yyyy
      comma = no
      split = yes
      months = JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC
      card = POS PURCHASE {M} {CITY} KE | VISA POS {M} {CITY}
      salary = SALARY {P} {MON} | EFT CREDIT {P} SALARY
      rent = PESALINK {P} RENT {MON}
      debit = STANDING ORDER {P} {PURPOSE} | MPESA PAYBILL {n6} {P} {PURPOSE}
      savings = TRANSFER TO FIXED DEPOSIT {n10} | OWN ACCOUNT TRANSFER SAVINGS {n10}
      atm = ATM WITHDRAWAL {CITY}
      out = SEND TO MPESA {P} {MEMO}
      in = PESALINK FROM {P} {MEMO}
      bounce = STANDING ORDER RETURNED {P} INSUFFICIENT FUNDS
      bouncefee = UNPAID STANDING ORDER CHARGE
      fee = LEDGER FEE {MON}
      refund = KRA TAX REFUND {P}
      tax = KRA ITAX PAYMENT {P}
      power = PREPAID TOKENS
      gas = GAS REFILL
      water = WATER BILL
      phone = POSTPAY BILL
      insurance = PREMIUM
      loan = LOAN REPAYMENT
      employers = Safaricom PLC | Nairobi City County
      landlords = Hass Consult | Wanjiku Kamau
      powerco = Kenya Power
      gasco = K-Gas
      waterco = Nairobi Water
      phoneco = Airtel Kenya | Safaricom
      insurers = Jubilee Insurance | Britam
      subs = Showmax | Netflix
      loans = Faulu Microfinance
      refundpayer = KRA
      groceries = Naivas | Quickmart | Chandarana Foodplus | Carrefour
      dining = Java House | Kenchic | Artcaffe
      fuel = Rubis | Vivo Energy | Ola Energy
      transport = Kenya Railways SGR | Little Cab | Super Metro
      shopping = Text Book Centre | Hotpoint Appliances | Jumia Kenya
      healthcare = Goodlife Pharmacy | Aga Khan Hospital | Nairobi Hospital
      travel = Kenya Airways | Jambojet | Sarova Hotels
      cities = NAIROBI | MOMBASA | KISUMU
      friends = Wanjiru Mwangi | Otieno Odhiambo
      memos = DINNER | GIFT | FARE
      weekly = House Help Akinyi
      """;

  /**
   * The evaluation cast: other employers, landlords, utility companies, insurers, shops, friends
   * and cities of the same countries. Never used when writing rules; its figures estimate payees
   * and merchants bsa has not seen.
   */
  static final String EVAL_CAST =
      """
      [at]
      employers = Red Bull GmbH | Land Oberösterreich
      landlords = Gesiba | Franz Steiner
      powerco = Energie AG Oberösterreich | Kelag
      insurers = Generali Versicherung | Donau Versicherung
      groceries = Penny | MPreis | Unimarkt | Nah und Frisch Moser
      dining = Figlmüller | Vapiano | Konditorei Oberlaa
      fuel = Avanti | Genol | JET
      transport = Postbus | Graz Linien | Citybike Wien
      shopping = Hartlauer | Intersport Eybl | Kastner und Öhler
      healthcare = Stadtapotheke Linz | Ordination Dr. Wagner | Physiotherapie Pichler
      travel = Motel One | Verkehrsbüro Reisen | Hotel Stefanie
      cities = SALZBURG | INNSBRUCK | KLAGENFURT
      friends = Sophie Bauer | Maximilian Wagner

      [fi]
      employers = Kone Oyj | Tampereen kaupunki
      landlords = VVO Kodit | Matti Nieminen
      powerco = Vattenfall Finland | Oomi Energia
      insurers = Fennia | Pohjola Vakuutus
      groceries = Alepa | Sale | Siwa | Kauppahalli Kuopio
      dining = Rax Pizzabuffet | Kotipizza | Cafe Regatta
      fuel = Teboil | Seo | Neste Express
      transport = Nysse | Matkahuolto | Onnibus
      shopping = Stockmann | Gigantti | Motonet
      healthcare = Apteekki Hakaniemi | Pihlajalinna | Hammaslaakari Laine
      travel = Viking Line | Tallink Silja | Cumulus Hotel
      cities = TURKU | OULU | VANTAA
      friends = Jussi Mäkinen | Aino Lehtonen

      [no]
      employers = Telenor ASA | Bergen kommune
      landlords = Heimstaden | Kari Olsen
      powerco = Hafslund Strøm | Lyse Energi
      insurers = If Skadeforsikring | Storebrand
      groceries = Meny | Bunnpris | Extra Storo | Oda
      dining = Burger King | Espresso House | Baker Hansen
      fuel = Shell | YX | St1
      transport = Skyss | AtB | Kolumbus
      shopping = XXL Sport | Power | Tanum
      healthcare = Boots Apotek | Legesenter Storo | Colosseum Tannklinikk
      travel = SAS | Scandic | Color Line
      cities = STAVANGER | TROMSO | DRAMMEN
      friends = Kari Nordmann | Lars Hansen

      [gr]
      employers = Mytilineos AE | Perifereia Attikis
      landlords = Prodea Investments | Dimitris Nikolaou
      powerco = Heron Energy | Elpedison
      insurers = Eurolife FFH | Generali Hellas
      groceries = Masoutis | Kritikos | Galaxias | Lidl Hellas
      dining = Mikel Coffee | Coffee Island | Souvlatzidiko Kostas
      fuel = Revoil | Elinoil | Cyclon
      transport = Hellenic Train | Attiko Metro | Taxiplon
      shopping = Plaisio | Hondos Center | Germanos
      healthcare = Farmakeio Kentrikon | Euroclinic | Iatriko Kentro Athinon
      travel = Sky Express | Minoan Lines | Electra Hotels
      cities = HERAKLION | LARISA | VOLOS
      friends = Eleni Pappa | Kostas Dimitriou

      [tr]
      employers = Turkcell İletişim A.Ş. | Ankara Büyükşehir Belediyesi
      landlords = Ali Öztürk | Nurol GYO
      powerco = Aydem Enerji | Başkent EDAŞ
      insurers = Axa Sigorta | Türkiye Sigorta
      groceries = ŞOK Market | CarrefourSA | File Market | Manav Ali
      dining = Big Chefs | Mado | Pideci Ahmet
      fuel = Aytemiz | TP Petrol | BP
      transport = İZBAN | Ankarakart | Martı
      shopping = Koton | Boyner | Vatan Bilgisayar
      healthcare = Eczane Hayat | Memorial Hastanesi | Medical Park
      travel = AnadoluJet | SunExpress | Rixos Otel
      cities = BURSA | ANTALYA | KONYA
      friends = Zeynep Çelik | Murat Şahin

      [ro]
      employers = Renault Technologie Roumanie | Spitalul Judetean Iasi
      landlords = Maria Georgescu | One United Properties
      powerco = Hidroelectrica | PPC Energie
      insurers = Omniasig | NN Asigurari
      groceries = Penny | Annabella | Cora | Piata Obor
      dining = Spartan | 5 to go | Cofetaria Ana
      fuel = MOL | Lukoil | Socar
      transport = CTP Cluj | Regio Calatori | Clever Taxi
      shopping = Dedeman | Flanco | Elefant.ro
      healthcare = Sensiblu | Help Net | Medlife
      travel = Christian Tour | Hotel Capitol | Dan Air
      cities = TIMISOARA | CONSTANTA | BRASOV
      friends = Mihai Stan | Ioana Dumitru

      [hu]
      employers = Magyar Posta Zrt | Debreceni Egyetem
      landlords = Tóth Gábor | Cordia Ingatlan
      powerco = ELMŰ | Opus Titász
      insurers = Groupama Biztosító | Union Biztosító
      groceries = Príma | Reál | Coop | ABC Kispest
      dining = Szamos Cukrászda | Burger King | Vendéglő a Kis Kakashoz
      fuel = Mobil Petrol | Auchan Benzinkút | Lukoil
      transport = BKK | MOL Bubi | Főtaxi
      shopping = Alexandra Könyvesház | eMAG | Müller Drogéria
      healthcare = Gyógyszertár Szent István | Medicover | Mária Patika
      travel = Hunguest Hotels | Hotel Gellért | Ibusz Utazási Iroda
      cities = PÉCS | GYŐR | MISKOLC
      friends = Kiss Anna | Horváth Bence

      [za]
      employers = Shoprite Holdings | Gauteng Department of Health
      landlords = Rawson Rentals | Pieter Botha
      powerco = City of Tshwane | Eskom Prepaid
      insurers = Discovery Insure | Santam
      groceries = Usave | Food Lover's Market | Superspar | OK Foods
      dining = Ocean Basket | Debonairs Pizza | Mugg and Bean
      fuel = Astron Energy | Caltex | Total Garage
      transport = Rea Vaya | Intercape | PRASA
      shopping = Game | Edgars | Exclusive Books | Builders Warehouse
      healthcare = Medirite | Mediclinic | Lancet Laboratories
      travel = Lift Airline | City Lodge | Tsogo Sun
      cities = PRETORIA | PORT ELIZABETH | BLOEMFONTEIN
      friends = Lerato Dlamini | Johan Pretorius

      [nz]
      employers = Air New Zealand Ltd | Christchurch City Council
      landlords = Harcourts Rentals | Mere Walker
      powerco = Contact Energy | Meridian Energy
      insurers = AMI Insurance | State Insurance
      groceries = Fresh Choice | SuperValue | Farro Fresh | Moore Wilsons
      dining = Sals Pizza | Mexicali Fresh | Muffin Break
      fuel = BP | Waitomo | NPD
      transport = Metro Christchurch | Zoomy | KiwiRail
      shopping = Mitre 10 | Briscoes | Paper Plus
      healthcare = Bargain Chemist | Tamaki Health | Lumino The Dentists
      travel = Sounds Air | Millennium Hotels | Bluebridge Ferries
      cities = HAMILTON | TAURANGA | DUNEDIN
      friends = Tane Parata | Sophie Brown

      [sg]
      employers = DBS Group | Changi General Hospital
      landlords = Lee Mei Hua | PropNex Realty
      powerco = Senoko Energy | Tuas Power
      insurers = Prudential Assurance | AIA Singapore
      groceries = Prime Supermarket | Don Don Donki | Mustafa Centre | Ang Mo Kio Provision Shop
      dining = Old Chang Kee | Koufu | Kopitiam
      fuel = Shell | Sinopec | SPC Tampines
      transport = SBS Transit | SMRT | Gojek
      shopping = Best Denki | Challenger | Daiso
      healthcare = Unity Pharmacy | Parkway Shenton | Q and M Dental
      travel = Jetstar Asia | Pan Pacific Hotel | Chan Brothers Travel
      cities = BEDOK | WOODLANDS | CLEMENTI
      friends = Tan Jia Hui | Muhammad Hafiz

      [us]
      employers = Texas Childrens Hospital | City of San Antonio
      landlords = Camden Property Trust | Rosa Martínez
      powerco = Reliant Energy | CPS Energy
      insurers = Allstate | GEICO
      groceries = El Super | Vallarta Supermarkets | Northgate Market | Cardenas Markets
      dining = El Pollo Loco | Whataburger | Raising Canes
      fuel = Buc-ees | QuikTrip | Shell
      transport = DART Dallas | LA Metro | Greyhound
      shopping = Burlington | Family Dollar | Dollar General
      healthcare = Clínica Dental Sonrisas | MinuteClinic | Quest Diagnostics
      travel = Frontier Airlines | Motel 6 | Volaris
      cities = DALLAS | EL PASO | AUSTIN
      friends = Ana López | Luis Pérez

      [ke]
      employers = Equity Bank Kenya | Kenyatta National Hospital
      landlords = Knight Frank Kenya | Njoroge Kariuki
      powerco = Kenya Power Prepaid
      insurers = CIC Insurance | Madison Insurance
      groceries = Magunas | Cleanshelf | Eastmatt
      dining = Chicken Inn | Galitos | Pizza Inn
      fuel = Hass Petroleum | Gulf Energy | Lake Oil
      transport = Faras Cabs | Easy Coach | Modern Coast
      shopping = Bata Shoes | Kilimall | Household Plus
      healthcare = Haltons Pharmacy | Avenue Healthcare | Lancet Kenya
      travel = Safarilink | Serena Hotels | Bonfire Adventures
      cities = NAKURU | ELDORET | THIKA
      friends = Achieng Atieno | Kipchoge Ruto
      """;

  private static final List<WorldStatements.Country> COUNTRIES = WorldStatements.parse(SPECS);
  private static final List<WorldStatements.Country> EVAL =
      WorldStatements.withCast(COUNTRIES, WorldStatements.parse(EVAL_CAST));

  /** The country ids, in order. */
  static List<String> countries() {
    return COUNTRIES.stream().map(WorldStatements.Country::id).toList();
  }

  /**
   * Returns {@code perCountry} statements of every country (three months each, the last one six),
   * with the tuning cast or the evaluation cast.
   */
  static List<WorldStatements.Generated> all(int perCountry, boolean eval) {
    return WorldStatements.all(eval ? EVAL : COUNTRIES, perCountry, eval ? 611_953L : 15_485_863L);
  }
}
