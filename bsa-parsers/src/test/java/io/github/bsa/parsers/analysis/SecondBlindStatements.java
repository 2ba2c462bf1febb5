package io.github.bsa.parsers.analysis;

import io.github.bsa.parsers.testing.AnalysisScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A second independent evaluation set for issue #14 (ADR 0510): 39 labelled text-PDF statements,
 * three months each, of thirteen layouts of countries the other sets cover least: Brazil, Czechia,
 * Hungary, Romania, Turkey, Sweden, Mexico, Japan (romanised), Indonesia, South Africa, Nigeria,
 * Canada and India. Written <b>without reading bsa's rule sources, word tables or the other sets'
 * name lists</b>: every employer, landlord, utility, shop and payment-method phrase below comes
 * from the author's knowledge of each country's banks, in the style of the shared fixtures'
 * generator (a trade word in the local language plus an invented name, a few real chains, shops
 * named after their owner). Nothing here may be used to write rules: its figures estimate what bsa
 * does on statements nobody tuned for.
 *
 * <p>Each statement is printed by {@link FreshStatements.Printer} (the fresh set's layout writer)
 * and read back through bsa's PDF parser. Letters the PDF's standard font cannot encode (WinAnsi)
 * are folded to their base letter, in the descriptions and in the labels alike, as many banks print
 * them. Deterministic.
 */
final class SecondBlindStatements {
  private SecondBlindStatements() {}

  /**
   * The thirteen layouts and households. Layout keys as in {@link FreshStatements#LAYOUTS}; the
   * household: {@code currency}, {@code scale} (local units per euro), {@code whole} (no minor
   * unit), {@code cities}, {@code pay} (monthly on {@code payday}, semimonthly, biweekly), and
   * lists of {@code name ~ template} entries: {@code sal} (one per statement), {@code pension},
   * {@code rent} (one per statement), {@code util}, {@code ins}, {@code loan}, {@code tax}, {@code
   * subs}; templates {@code card}, {@code atm}, {@code fee}, {@code bounce} (the returned debit, of
   * the first utility), {@code bfee}, {@code own} (one per statement), {@code tin}, {@code tout};
   * shop names per purchase category; {@code friends}. Templates fill {@code {P}} (the name),
   * {@code {U}} (the name in capitals), {@code {C}}/{@code {CU}} (a town), {@code {DD}}, {@code
   * {MM}}, {@code {YY}}, {@code {YYYY}}, {@code {hh}}, {@code {mi}}, {@code {nK}} (K digits),
   * {@code {xK}} (K reference characters); {@code //} breaks the printed description.
   */
  static final String SPECS =
      """
      [br-ipe]
      bank = Banco Ipe Paulista S.A.
      holder = Sra. Camila Ferreira Duarte
      cols = date:40 | text:96 | amount:480 | balance:560
      header = Data;Historico;Valor (R$);Saldo (R$)
      pdfdate = dd/MM/yyyy
      number = de
      sign = signed
      order = oldest
      wrap = 58
      rows = 26
      opening = Saldo anterior
      closing = Saldo em
      page = Folha
      currency = BRL
      scale = 5
      cities = Sao Paulo | Campinas | Santos
      pay = monthly
      payday = 5
      sal = Metalurgica Vale Sereno Ltda ~ TED RECEBIDA {U} // SALARIO {MM}/{YYYY} | Laticinios Serra Azul S.A. ~ CRED SALARIO {U} FOLHA {MM}{YYYY}
      pension = INSS ~ CREDITO BENEFICIO {U} NB {n10}
      rent = Imobiliaria Jacaranda ~ PAGTO BOLETO {U} ALUGUEL {MM}/{YYYY} | Helena Rocha Campos ~ PIX ENVIADO {U} // ALUGUEL APTO {n2}
      util = Enel Distribuicao ~ DEB AUTOMATICO {U} CONTA LUZ {n8} | Sabesp ~ DEB AUTOMATICO {U} AGUA ESGOTO {n10} | Vivo Fibra ~ DEB AUTOMATICO {U} {n9} | Comgas ~ DEB AUTOMATICO {U} GAS CANALIZADO {n8}
      ins = Porto Seguro ~ DEB AUTOMATICO {U} SEGURO AUTO PARC {n2}
      loan = Crediplano Financeira ~ DEB PARCELA FINANCIAMENTO {U} CTR {n8}
      tax = Prefeitura de Campinas ~ PAGTO TRIBUTO {U} IPTU PARC {n2}
      subs = Netflix ~ COMPRA CARTAO {U} SAO PAULO | Smart Fit ~ DEB AUTOMATICO {U} MENSALIDADE | Globoplay ~ COMPRA CARTAO {U} RIO DE JANEIRO
      card = COMPRA CARTAO DEB {DD}/{MM} {U} {CU} | COMPRA ELO *{n4} {U} // {CU} BR
      dining = Padaria Bela Manha | Lanchonete do Ze Ramos | Churrascaria Brasa Viva | Bar Cantinho Azul | Restaurante Sabor da Serra
      groceries = Pao de Acucar | Mercado Bom Preco Paulista | Hortifruti Quintal Verde | Atacadao
      shopping = Loja Casa Colorida | Magazine Luiza | Livraria Pena Dourada | Papelaria Tinteiro | Renner
      fuel = Posto Shell | Auto Posto Estrela Guia | Posto Ipiranga
      healthcare = Drogaria Sao Paulo | Farmacia Vida Plena | Clinica Odonto Sorriso
      transport = 99 Taxi | Bilhete Unico SPTrans | Estacionamento Centro Park
      travel = Hotel Mar Azul | Pousada Canto do Sabia | LATAM Airlines
      atm = SAQUE BANCO24HORAS {CU} {n6}
      fee = TARIFA PACOTE SERVICOS {MM}/{YYYY}
      bounce = DEVOLUCAO DEB AUTOMATICO {U} SALDO INSUFICIENTE
      bfee = TARIFA DEVOLUCAO DEBITO AUTOMATICO
      own = TRANSF ENTRE CONTAS PROPRIAS P/ POUPANCA {n5}-{n1} | APLICACAO CDB PRE {n8} | TRANSF P/ CONTA POUPANCA {n6}
      tin = PIX RECEBIDO {U} {n10}
      tout = PIX ENVIADO {U} {x8}
      friends = Mariana Oliveira Costa | Rafael Nunes | Juliana Barros

      [cz-vltava]
      bank = Vltavska sporitelni banka a.s.
      holder = Ing. Martina Horakova
      cols = date:40 | value:96 | text:150 | amount:560
      header = Zauctovano;Provedeno;Popis transakce;Castka CZK
      pdfdate = dd.MM.yyyy
      number = fr
      sign = signed
      order = oldest
      wrap = 64
      rows = 24
      opening = Pocatecni zustatek
      closing = Konecny zustatek
      page = Strana
      currency = CZK
      scale = 24
      cities = Brno | Olomouc | Zlín
      pay = monthly
      payday = 12
      sal = Strojírny Hradec a.s. ~ Příchozí platba // {U} MZDA {MM}/{YYYY} VS {n8} | Pekárny Morava s.r.o. ~ Příchozí úhrada {U} // výplata za {MM}/{YYYY}
      pension = ČSSZ ~ Příchozí platba {U} DŮCHOD {MM}/{YYYY} VS {n10}
      rent = Bytové družstvo Lipová ~ Trvalý příkaz // {U} nájem byt {n3} | Pavel Dvořák ~ Trvalý příkaz NÁJEMNÉ {U} VS {n6}
      util = ČEZ Prodej ~ Inkaso {U} záloha elektřina VS {n10} | Moravská plynárenská ~ Inkaso {U} plyn VS {n10} | Brněnské vodárny ~ Inkaso {U} vodné stočné {n8} | O2 Czech Republic ~ Inkaso {U} mobil {n9}
      ins = Kooperativa pojišťovna ~ Inkaso {U} pojistné {n10}
      loan = Úvěrka Plus s.r.o. ~ Splátka úvěru {U} č. sml. {n9}
      tax = Finanční úřad Brno ~ Odchozí platba {U} daň z nemovitostí VS {n10}
      subs = Netflix ~ Platba kartou {U} NETFLIX.COM | Fitness Jantar ~ Trvalý příkaz {U} členství | Voyo ~ Platba kartou {U} Praha
      card = Platba kartou {DD}.{MM}.{YYYY} {U}, {C} // karta *{n4} | Nákup POS {U} {CU} {hh}:{mi}
      dining = Restaurace U Zlatého Kohouta | Kavárna Mlýnek | Hospoda Na Rohu | Bistro Jiskra | Cukrárna Marcela
      groceries = Albert | Potraviny Hájek | Billa | Řeznictví Kolář
      shopping = Papírnictví Kometa | Knihkupectví Stránka | Obuv Bartoň | Drogerie Rosa | Železářství Havel
      fuel = Benzina | Čerpací stanice Orlík | MOL
      healthcare = Lékárna U Anděla | Zubní ordinace Skála | Dr.Max
      transport = DPMB jízdenka | České dráhy | Parkování Centrum
      travel = Hotel Pod Hradem | Penzion Javor | RegioJet
      atm = Výběr z bankomatu {CU} {n6} karta *{n4}
      fee = Poplatek za vedení účtu {MM}/{YYYY}
      bounce = Vrácená platba inkasa {U} nedostatek prostředků
      bfee = Poplatek za nezaplacené inkaso
      own = Převod na vlastní účet {n10}/0800 spoření | Převod na spořicí účet {n6}-{n10} | Převod na termínovaný vklad {n8}
      tin = Příchozí platba {U} {n10}
      tout = Odchozí platba {U} // VS {n6}
      friends = Tereza Procházková | Jakub Malý | Lucie Černá

      [hu-tisza]
      bank = Tiszaparti Takarekbank Zrt.
      holder = Dr. Varga Katalin
      cols = date:40 | text:104 | debit:420 | credit:490 | balance:562
      header = Datum;Kozlemeny;Terheles;Jovairas;Egyenleg
      pdfdate = yyyy.MM.dd
      number = fr
      order = oldest
      wrap = 50
      rows = 26
      opening = Nyito egyenleg
      closing = Zaro egyenleg
      page = Oldal
      currency = HUF
      scale = 390
      whole = yes
      cities = Szeged | Hódmezővásárhely | Makó
      pay = monthly
      payday = 8
      sal = Tiszamenti Gépgyártó Kft. ~ Átutalás jóváírás {U} // munkabér {YYYY}.{MM} | Délibáb Logisztika Zrt. ~ Bejövő átutalás {U} bér {MM}. hó
      pension = Magyar Államkincstár ~ Jóváírás {U} nyugdíj {YYYY}{MM}
      rent = Kertész Lakáskezelő Kft. ~ Állandó átutalás {U} albérlet {MM} | Szabó Ildikó ~ Rendszeres átutalás {U} lakbér
      util = MVM Next ~ Csoportos beszedés {U} áram {n10} | Főgáz ~ Csoportos beszedés {U} gáz {n9} | Szegedi Vízmű ~ Csoportos beszedés {U} vízdíj {n8} | Telekom ~ Csoportos beszedés {U} internet {n9}
      ins = Generali Biztosító ~ Csoportos beszedés {U} lakásbiztosítás {n8}
      loan = Alföld Hitel Zrt. ~ Hiteltörlesztés {U} szerz.sz. {n9}
      tax = Szeged Önkormányzat ~ Átutalás {U} építményadó {n8}
      subs = Spotify ~ Kártyás vásárlás {U} STOCKHOLM | HBO Max ~ Kártyás vásárlás {U} | Jóga Terem Lótusz ~ Állandó átutalás {U} bérlet
      card = Vásárlás kártyával {U} {CU} {YYYY}.{MM}.{DD} // kártya: ****{n4} | POS vásárlás {U} {C} {hh}:{mi}
      dining = Halászcsárda Tisza | Cukrászda Dobos | Kisvendéglő Paprika | Bisztró Kökény | Lángos Sütő Ernő
      groceries = Spar | Tesco | Zöldséges Kovács | Hentes Balogh | ABC Napfény
      shopping = Könyvesbolt Lapozó | Rossmann | Cipőbolt Lépés | Ajándékbolt Pipacs | Vasbolt Kalapács
      fuel = MOL | Benzinkút Délibáb | OMV
      healthcare = Gyógyszertár Arany Kígyó | Fogászat Mosoly
      transport = MÁV jegy | Taxi Szeged | Parkolás Belváros
      travel = Hotel Balaton Part | Panzió Szélrózsa | Wizz Air
      atm = ATM készpénzfelvétel {CU} {n6}
      fee = Számlavezetési díj {YYYY}.{MM}
      bounce = Csoportos beszedés visszautasítva {U} fedezethiány
      bfee = Fedezethiány díj
      own = Átvezetés saját számlára {n8}-{n8} megtakarítás | Lekötött betét nyitás {n8} | Átvezetés megtakarítási számlára
      tin = Bejövő átutalás {U}
      tout = Kimenő átutalás {U} {n6}
      friends = Nagy Eszter | Kiss Bence | Tóth Réka

      [ro-carpati]
      bank = Banca Carpatica de Nord
      holder = Dna. Ana-Maria Popa
      cols = date:40 | text:100 | debit:470 | credit:545
      header = Data;Detalii tranzactie;Debit;Credit
      pdfdate = dd.MM.yyyy
      number = de
      order = oldest
      wrap = 66
      rows = 26
      opening = Sold initial
      closing = Sold final
      page = Pagina
      currency = RON
      scale = 5
      cities = Cluj-Napoca | Turda | Dej
      pay = monthly
      payday = 10
      sal = Transilvania Mobila SRL ~ Incasare OP {U} // salariu luna {MM}/{YYYY} | Someș Soft SRL ~ Transfer primit {U} plata salariu {MM}.{YYYY}
      pension = Casa de Pensii Cluj ~ Incasare {U} pensie {MM}/{YYYY}
      rent = Adrian Popescu ~ Transfer {U} chirie {MM}/{YYYY} | Imobiliara Fagul SRL ~ Plata OP {U} chirie apartament
      util = Electrica Furnizare ~ Debit direct {U} factura energie {n10} | Engie Romania ~ Debit direct {U} gaze naturale {n9} | Compania de Apă Someș ~ Debit direct {U} apa {n8} | Digi ~ Debit direct {U} internet {n9}
      ins = Allianz-Țiriac ~ Debit direct {U} asigurare locuinta {n8}
      loan = Credit Ardeal IFN ~ Rata credit {U} contract {n9}
      tax = Primăria Cluj-Napoca ~ Plata {U} impozit cladire {n8}
      subs = Netflix ~ Plata card {U} NETFLIX.COM | World Class ~ Plata card {U} abonament | Spotify ~ Plata card {U}
      card = Cumparare POS {DD}.{MM}.{YYYY} {U} {CU} card *{n4} | Plata la POS {U} // {C} RO autorizare {n6}
      dining = Restaurant La Ceaun | Cofetăria Dulcinea | Bistro Mărul Roșu | Pizzeria Vesuvio Turda | Cafenea Boema
      groceries = Kaufland | Lidl | Mega Image | Măcelăria Ionescu | Piața Ciocârlia
      shopping = Cărturești | Magazin Fluturaș | Dedeman | Papetăria Creion | Florăria Crinul
      fuel = Petrom | Rompetrol | Benzinăria Carpați
      healthcare = Farmacia Tei | Catena | Cabinet Stomatologic Zâmbet
      transport = CFR Călători | Taxi Diesel | Parcare Centru
      travel = Hotel Bucegi | Pensiunea Brădet | Tarom
      atm = Retragere numerar ATM {CU} {n6}
      fee = Comision administrare cont {MM}/{YYYY}
      bounce = Debit direct respins {U} fonduri insuficiente
      bfee = Comision debit direct refuzat
      own = Transfer intre conturi proprii catre cont economii {n10} | Constituire depozit la termen {n8} | Transfer in contul de economii
      tin = Transfer primit {U}
      tout = Transfer trimis {U} {n6}
      friends = Ioana Marinescu | Andrei Stan | Elena Dumitru

      [tr-bogaz]
      bank = Bogaz Katilim Bankasi A.S.
      holder = Sayin Selin Yilmaz
      cols = date:40 | text:104 | amount:470 | balance:560
      header = Tarih;Aciklama;Tutar (TL);Bakiye (TL)
      pdfdate = dd/MM/yyyy
      number = de
      sign = signed
      order = newest
      wrap = 54
      rows = 26
      opening = Devreden bakiye
      closing = Donem sonu bakiye
      page = Sayfa
      currency = TRY
      scale = 35
      cities = İstanbul | Kadıköy | Üsküdar
      pay = monthly
      payday = 15
      sal = Anadolu Tekstil A.Ş. ~ EFT GELEN {U} // MAAŞ ÖDEMESİ {MM}/{YYYY} | Boğaziçi Lojistik Ltd. Şti. ~ MAAŞ {U} {MM}.{YYYY}
      pension = SGK ~ {U} EMEKLİ AYLIĞI {MM}/{YYYY}
      rent = Yıldız Emlak ~ HAVALE {U} KİRA {MM}/{YYYY} | Mehmet Aksoy ~ FAST GİDEN {U} EV KİRASI
      util = Enerjisa ~ OTOMATİK ÖDEME {U} ELEKTRİK {n10} | İGDAŞ ~ OTOMATİK ÖDEME {U} DOĞALGAZ {n9} | İSKİ ~ OTOMATİK ÖDEME {U} SU {n8} | Türk Telekom ~ OTOMATİK ÖDEME {U} İNTERNET {n10}
      ins = Anka Sigorta ~ OTOMATİK ÖDEME {U} KASKO POLİÇE {n8}
      loan = Marmara Finans ~ KREDİ TAKSİT TAHSİLATI {U} {n9}
      tax = Gelir İdaresi ~ VERGİ ÖDEMESİ {U} MTV {n8}
      subs = Netflix ~ KARTLI ÖDEME {U} | Spotify ~ KARTLI ÖDEME {U} | Mars Spor Salonu ~ OTOMATİK ÖDEME {U} ÜYELİK
      card = POS SATIŞ {U} {CU} KART NO:{n4}****{n4} | KARTLI ALIŞVERİŞ {DD}.{MM}.{YYYY} {hh}:{mi} // {U} {CU}
      dining = Kebapçı Halil Usta | Lokanta Sofra | Pastane Gül | Kahve Durağı Moda | Köfteci Ramiz
      groceries = Migros | BİM | Manav Yeşilköy | Kasap Ahmet | A101
      shopping = Kırtasiye Kalem | LC Waikiki | Kitabevi Sayfa | Züccaciye Ayna | Ayakkabı Adım
      fuel = Opet | Shell | Akaryakıt Doğan
      healthcare = Eczane Şifa | Diş Kliniği Beyaz
      transport = İstanbulkart Dolum | BiTaksi | Otopark Kadıköy
      travel = Otel Kumsal | Pansiyon Begonvil | Pegasus
      atm = ATM PARA ÇEKME {CU} {n6}
      fee = HESAP İŞLETİM ÜCRETİ {MM}/{YYYY}
      bounce = OTOMATİK ÖDEME İADESİ {U} BAKİYE YETERSİZ
      bfee = KARŞILIKSIZ OTOMATİK ÖDEME ÜCRETİ
      own = KENDİ HESABIMA VİRMAN VADELİ {n8} | VADELİ HESABA AKTARIM {n9} | BİRİKİM HESABIMA HAVALE
      tin = FAST GELEN {U}
      tout = FAST GİDEN {U} {n6}
      friends = Ayşe Kaya | Emre Demir | Zeynep Çelik

      [se-fjall]
      bank = Fjallbanken AB
      holder = Anna Lundqvist
      cols = date:40 | value:96 | text:150 | amount:480 | balance:560
      header = Bokforingsdag;Valutadag;Text;Belopp;Saldo
      pdfdate = yyyy-MM-dd
      number = fr
      sign = signed
      order = newest
      wrap = 52
      rows = 26
      opening = Ingaende saldo
      closing = Utgaende saldo
      page = Sida
      currency = SEK
      scale = 11
      cities = Umeå | Skellefteå | Luleå
      pay = monthly
      payday = 25
      sal = Norrlands Trävaror AB ~ LÖN {U} // {YYYY}-{MM} | Fjällkraft Energi AB ~ Insättning {U} lön {MM}
      pension = Pensionsmyndigheten ~ {U} PENSION {YYYY}{MM}
      rent = Bostads AB Granen ~ Autogiro {U} hyra {n6} | Brf Lärkan ~ Bankgiro {U} månadsavgift {MM}
      util = Vattenfall ~ Autogiro {U} el {n8} | Umeå Energi ~ E-faktura {U} fjärrvärme {n8} | Telia ~ Autogiro {U} bredband {n9}
      ins = Folksam ~ Autogiro {U} hemförsäkring {n8}
      loan = Nordlån Bank ~ Autogiro {U} billån {n9}
      tax = Skatteverket ~ Bankgiro {U} kvarskatt {n10}
      subs = Spotify ~ Kortköp {U} | Viaplay ~ Kortköp {U} | Friskis Gym Björken ~ Autogiro {U} månadskort
      card = Kortköp {YY}{MM}{DD} {U} {CU} | Kort {n4} {U} // {C} {DD}.{MM}
      dining = Café Kanelbullen | Restaurang Gäddan | Pizzeria Bella Umeå | Konditori Solrosen | Max Hamburgare
      groceries = ICA Nära Björkbacken | Coop | Willys | Hemköp
      shopping = Bokhandel Sidan | Clas Ohlson | Järnhandel Sjöberg | Åhléns | Sport Fjällsteg
      fuel = Circle K | Preem | OKQ8
      healthcare = Apotek Hjärtat | Tandläkare Lindqvist
      transport = SJ | Ultra buss | Parkering Centrum
      travel = Hotell Älvkanten | Stugby Björnen | SAS
      atm = Uttag Bankomat {CU} {n6}
      fee = Månadsavgift bankpaket {MM}
      bounce = Återförd autogiro {U} ej täckning
      bfee = Avgift ej täckning autogiro
      own = Överföring till sparkonto {n4}-{n7} | Överföring eget konto Buffert | Insättning fasträntekonto {n8}
      tin = Swish från {U}
      tout = Swish till {U}
      friends = Elin Johansson | Oskar Lindberg | Maja Nyström

      [mx-nopal]
      bank = Banco del Nopal S.A.
      holder = Sr. Jorge Castillo Vega
      cols = date:40 | text:96 | debit:400 | credit:470 | balance:562
      header = Fecha;Descripcion;Cargos;Abonos;Saldo
      pdfdate = dd/MM/yyyy
      number = en
      order = newest
      wrap = 50
      rows = 26
      opening = Saldo inicial
      closing = Saldo final
      page = Pagina
      currency = MXN
      scale = 19
      cities = Guadalajara | Zapopan | Tlaquepaque
      pay = semimonthly
      sal = Grupo Industrial Tepeyac SA de CV ~ DEPOSITO DE NOMINA {U} // QNA {n2} {YYYY} | Comercializadora Jacaranda SA ~ SPEI RECIBIDO {U} PAGO NOMINA {n7}
      pension = IMSS ~ ABONO PENSION {U} {MM}/{YYYY}
      rent = Inmobiliaria Los Olivos ~ SPEI ENVIADO {U} RENTA {MM}/{YYYY} | Laura Méndez Ruiz ~ TRASPASO A TERCEROS {U} renta depto
      util = CFE ~ DOMICILIACION {U} SUMINISTRADOR {n12} | Gas Natural del Norte ~ DOMICILIACION {U} {n10} | Telmex ~ DOMICILIACION {U} INFINITUM {n10} | SIAPA ~ PAGO SERVICIO {U} AGUA {n10}
      ins = GNP Seguros ~ DOMICILIACION {U} POLIZA {n9}
      loan = Crédito Alameda ~ PAGO CREDITO {U} {n9}
      tax = Tesorería Municipal ~ PAGO {U} PREDIAL {n12}
      subs = Netflix ~ COMPRA {U} MEX | Smart Fit ~ DOMICILIACION {U} MENSUALIDAD | Spotify ~ COMPRA {U}
      card = COMPRA TARJETA {n4} {U} {CU} | CARGO POS {DD}{MM} {U} // AUT {n6}
      dining = Taquería El Güero | Cafetería La Parroquia | Fonda Doña Lupe | Marisquería Puerto Azul | Panadería La Espiga
      groceries = Soriana | Walmart | Abarrotes Don Chuy | Carnicería El Rancho
      shopping = Liverpool | Papelería El Lápiz | Zapatería Paso Firme | Ferretería La Tuerca | Librería Gandhi
      fuel = Gasolinera Los Pinos | Pemex | OXXO Gas
      healthcare = Farmacias del Ahorro | Consultorio Dental Sonrisa
      transport = Uber | Autobuses ADO | Estacionamiento Centro
      travel = Hotel Playa Azul | Posada Las Buganvilias | Aeroméxico
      atm = RETIRO CAJERO AUTOMATICO {CU} {n6}
      fee = COMISION MANEJO DE CUENTA {MM}/{YYYY}
      bounce = DEVOLUCION DOMICILIACION {U} FONDOS INSUFICIENTES
      bfee = COMISION POR DOMICILIACION NO PAGADA
      own = TRASPASO A CUENTA PROPIA AHORRO {n10} | INVERSION PLAZO FIJO {n8} | TRASPASO ENTRE MIS CUENTAS {n4}
      tin = SPEI RECIBIDO {U}
      tout = SPEI ENVIADO {U} {n7}
      friends = Sofía Hernández | Diego Ramírez | Valeria Torres

      [jp-sakura]
      bank = Sakura Shinkin Bank
      holder = Takahashi Misaki sama
      cols = date:40 | text:110 | debit:400 | credit:470 | balance:562
      header = Torihikibi;Tekiyo;Oshiharai;Oazukari;Zandaka
      pdfdate = yyyy/MM/dd
      number = en
      order = oldest
      wrap = 46
      rows = 28
      opening = Zenkai zandaka
      closing = Genzai zandaka
      page = Peji
      currency = JPY
      scale = 160
      whole = yes
      cities = Tokyo | Setagaya | Kawasaki
      pay = monthly
      payday = 25
      sal = Hinode Seiki KK ~ KYUYO {U} | Minato Shoji KK ~ FURIKOMI {U} KYUYO {MM}GATSU
      pension = Nenkin Kiko ~ NENKIN {U} {MM}GATSUBUN
      rent = Sakura Fudosan ~ FURIKOMI {U} YACHIN {MM}GATSU | Tanaka Hiroshi ~ JIDO FURIKOMI {U} YACHIN
      util = Tokyo Denryoku ~ {U} DENKI RYOKIN {n6} | Tokyo Gas ~ {U} GASU RYOKIN {n6} | Suidokyoku ~ {U} SUIDO {n6} | NTT Docomo ~ {U} KEITAI {n6}
      ins = Nippon Seimei ~ {U} HOKENRYO {n6}
      loan = Midori Credit ~ {U} ROON HENSAI {n6}
      tax = Setagaya Kuyakusho ~ {U} JUMINZEI {n6}
      subs = Netflix ~ DEBIT {U} | U-Next ~ DEBIT {U} | Sports Club Kaede ~ {U} GEKKAIHI
      card = DEBIT {n4} {U} {DD}/{MM} | VISA DEBIT {U} // {CU} SHONIN {n6}
      dining = Ramen Tsubame | Izakaya Hotaru | Kissaten Komorebi | Sushi Kawasemi | Yoshinoya
      groceries = Aeon | Life Supermarket | Yaoya Kobayashi | Seven Eleven
      shopping = Uniqlo | Honya Shiori | Zakka Tsumiki | Bic Camera | Kagu Kiyomizu
      fuel = Eneos | Gasorin Sutando Fuji | Idemitsu
      healthcare = Matsumoto Kiyoshi | Shika Iin Aozora | Yakkyoku Hinata
      transport = Suica Charge | JR Higashi Nihon | Times Parking
      travel = Ryokan Yamazakura | Hoteru Minamikaze | ANA
      atm = ATM HIKIDASHI {CU} {n4}
      fee = KOZA KANRI TESURYO {MM}GATSU
      bounce = FURIKAE FUNOU HENKYAKU {U} ZANDAKA FUSOKU
      bfee = FURIKAE FUNOU TESURYO
      own = FURIKAE TEIKI YOKIN {n7} | JIBUN KOZA E FURIKAE FUTSU {n7} | TSUMITATE YOKIN {n7}
      tin = FURIKOMI {U}
      tout = FURIKOMI SOKIN {U}
      friends = Suzuki Yui | Watanabe Ren | Ito Haruka

      [id-merapi]
      bank = Bank Merapi Sejahtera
      holder = Bapak Agus Prasetyo
      cols = date:40 | text:96 | amount:470 | balance:560
      header = Tanggal;Keterangan;Mutasi;Saldo
      pdfdate = dd/MM/yyyy
      number = de
      sign = plus
      order = oldest
      wrap = 56
      rows = 26
      opening = Saldo awal
      closing = Saldo akhir
      page = Halaman
      currency = IDR
      scale = 16000
      whole = yes
      cities = Bandung | Cimahi | Lembang
      pay = monthly
      payday = 27
      sal = PT Nusantara Sinar Abadi ~ TRSF E-BANKING CR {U} // GAJI {MM}/{YYYY} | CV Rimba Jaya ~ SETORAN GAJI {U} {n6}
      pension = Taspen ~ KREDIT PENSIUN {U} {MM}{YYYY}
      rent = Sri Wahyuni ~ TRSF E-BANKING DB {U} SEWA KOS {MM} | PT Griya Asri Properti ~ TRANSFER {U} SEWA RUMAH
      util = PLN ~ PEMBAYARAN {U} TAGIHAN LISTRIK {n11} | PDAM Tirta Kencana ~ AUTODEBET {U} AIR {n8} | IndiHome ~ AUTODEBET {U} {n12} | Telkomsel ~ AUTODEBET {U} PASCABAYAR {n10}
      ins = Asuransi Cakrawala ~ AUTODEBET {U} PREMI {n8}
      loan = Dana Lestari Finance ~ ANGSURAN KREDIT {U} {n9}
      tax = Bapenda Kota Bandung ~ PEMBAYARAN {U} PBB {n10}
      subs = Netflix ~ DEBIT {U} | Spotify ~ DEBIT {U} | Gym Garuda Fit ~ AUTODEBET {U} IURAN
      card = DEBIT DOMESTIK {U} {CU} {DD}/{MM} | QRIS {U} // {CU} REF {n10}
      dining = Warung Makan Bu Tini | Bakso Pak Kumis | Kedai Kopi Senja | Rumah Makan Sederhana | Martabak Bangka Jaya
      groceries = Indomaret | Alfamart | Toko Sayur Segar | Kios Hendra Pasar Baru
      shopping = Toko Buku Pelita | Matahari | Toko Sepatu Langkah | Ace Hardware | Toko Kain Melati
      fuel = SPBU Pertamina | Shell | SPBU Cipaganti
      healthcare = Apotek Kimia Farma | Klinik Sehat Sentosa | Apotek Waras
      transport = Gojek | KRL Commuter | Parkir Braga
      travel = Hotel Puncak Indah | Garuda Indonesia | Villa Lembang Asri
      atm = TARIKAN ATM {DD}/{MM} {CU} {n6}
      fee = BIAYA ADM {MM}/{YYYY}
      bounce = PENGEMBALIAN AUTODEBET {U} DANA TIDAK CUKUP
      bfee = BIAYA GAGAL AUTODEBET
      own = TRSF KE REKENING TABUNGAN SENDIRI {n10} | PENEMPATAN DEPOSITO {n8} | PINDAH BUKU KE TABUNGAN RENCANA {n10}
      tin = TRSF E-BANKING CR {U}
      tout = TRSF E-BANKING DB {U} {n4}
      friends = Dewi Lestari | Budi Santoso | Rina Kurniawan

      [za-protea]
      bank = Protea Mutual Bank
      holder = Mrs N Dube
      cols = date:40 | text:100 | amount:470 | balance:560
      header = Date;Description;Amount;Balance
      pdfdate = yyyy/MM/dd
      number = en
      sign = signed
      order = oldest
      cr = yes
      wrap = 54
      rows = 26
      opening = Opening balance
      closing = Closing balance
      page = Page
      currency = ZAR
      scale = 19
      cities = Pretoria | Centurion | Midrand
      pay = monthly
      payday = 25
      sal = Highveld Mining Services ~ ACB CREDIT {U} SALARY {MM}/{YYYY} | Karoo Freight (Pty) Ltd ~ MAGTAPE CREDIT {U} // PAY {n6}
      pension = SASSA ~ {U} OLD AGE GRANT {n8}
      rent = Jacaranda Rentals ~ DEBIT ORDER {U} RENT {n8} | T Mokoena ~ PAYMENT TO {U} RENT UNIT {n2}
      util = City of Tshwane ~ DEBIT ORDER {U} MUNICIPAL ACC {n10} | Vodacom ~ DEBIT ORDER {U} CONTRACT {n9} | Afrihost ~ DEBIT ORDER {U} FIBRE {n7}
      ins = Outsurance ~ DEBIT ORDER {U} POLICY {n9}
      loan = Thornbush Finance ~ DEBIT ORDER {U} VEHICLE FIN {n9}
      tax = SARS ~ PAYMENT TO {U} EFILING {n10}
      subs = Showmax ~ POS PURCHASE {U} | DStv ~ DEBIT ORDER {U} {n10} | Virgin Active ~ DEBIT ORDER {U} MEMBERSHIP
      card = POS PURCHASE {U} {CU} CARD {n4}**{n4} {DD}/{MM} | CARD PURCHASE {U} // {CU} ZA {DD}/{MM}
      dining = Nando's | Spur | Café Fynbos | Ma Dlamini Kitchen | Braai Spot Soweto
      groceries = Pick n Pay | Checkers | Spar | Butchery Van Wyk
      shopping = Mr Price | Bookshop Papyrus | Builders | Hardware Ndlovu | Gift Shop Aloe
      fuel = Engen | Sasol | Garage Karee Motors
      healthcare = Clicks | Dis-Chem | Dentist Dr Pillay
      transport = Uber | Gautrain | Parking Menlyn
      travel = Guesthouse Sunbird | Lodge Marula | FlySafair
      atm = CASH WITHDRAWAL ATM {CU} {n6}
      fee = MONTHLY ACCOUNT FEE
      bounce = UNPAID DEBIT ORDER {U} INSUFFICIENT FUNDS
      bfee = UNPAID DEBIT ORDER FEE
      own = TRANSFER TO SAVINGS POCKET {n10} | TRANSFER TO FIXED DEPOSIT {n9} | INTERACCOUNT TRANSFER TO {n10} MONEYMARKET
      tin = IMMEDIATE CREDIT {U}
      tout = IMMEDIATE PAYMENT {U} {n6}
      friends = Thandi Khumalo | Pieter Botha | Lerato Mahlangu

      [ng-niger]
      bank = Niger Delta Commercial Bank Plc
      holder = Mr Olumide Adeyemi
      cols = date:40 | value:100 | text:160 | debit:420 | credit:490 | balance:562
      header = Trans Date;Value Date;Narration;Debit;Credit;Balance
      pdfdate = dd-MMM-yyyy
      number = en
      order = oldest
      wrap = 44
      rows = 26
      opening = Opening Balance
      closing = Closing Balance
      page = Page
      currency = NGN
      scale = 1600
      cities = Lagos | Ikeja | Lekki
      pay = monthly
      payday = 27
      sal = Eko Atlantic Logistics Ltd ~ NIP TRANSFER FROM {U} // SALARY {MM}/{YYYY} | Okafor Brothers Ventures ~ TRF/{U}/SAL/{MM}{YYYY}
      pension = Crest Pension Fund ~ NIP FROM {U} PENSION {MM}
      rent = Adebayo Properties ~ NIP TRANSFER TO {U} RENT {n6} | Funmi Olatunji ~ TRF TO {U} HOUSE RENT
      util = Ikeja Electric ~ WEB PAYMENT {U} POSTPAID {n11} | MTN ~ AUTO RENEWAL {U} DATA PLAN {n11} | Spectranet ~ AUTO DEBIT {U} INTERNET {n8} | Lagos Water Corporation ~ WEB PAYMENT {U} {n8}
      ins = Leadway Assurance ~ DIRECT DEBIT {U} PREMIUM {n8}
      loan = Kano Microfinance Bank ~ LOAN REPAYMENT {U} {n9}
      tax = Lagos State IRS ~ REMITA {U} TAX {n12}
      subs = Netflix ~ POS WEB {U} | DStv ~ WEB PAYMENT {U} {n10} | Fitness Hub Lekki ~ STANDING ORDER {U}
      card = POS PURCHASE {U} {CU} NG | POS/WEB PMT {U} // TERM {x8} {CU}
      dining = Mama Cass | Suya Spot Ikoyi | Chicken Republic | Buka Iya Basira | Jollof Place Cafe
      groceries = Shoprite | Spar | Provisions Store Chinedu | Mama Nkechi Foodstuff
      shopping = Jumia | Bookshop Ajala | Fashion House Adire | Electronics Emeka | Slot
      fuel = Conoil | NNPC Mega Station | Filling Station Ardova
      healthcare = MedPlus Pharmacy | Pharmacy Alpha | Hospital Lifecare Lekki
      transport = Bolt | Uber | Parking Lekki Phase One
      travel = Hotel Kingsway Abuja | Air Peace | Guest House Ogun
      atm = ATM WDL {CU} {n6}
      fee = ACCOUNT MAINTENANCE FEE {MM}/{YYYY}
      bounce = REVERSAL DIRECT DEBIT {U} INSUFFICIENT FUNDS
      bfee = RETURNED DIRECT DEBIT CHARGE
      own = TRF TO MY SAVINGS A/C {n10} | TRANSFER TO OWN ACCOUNT {n10} TARGET SAVINGS | FIXED DEPOSIT BOOKING {n8}
      tin = NIP TRANSFER FROM {U}
      tout = NIP TRANSFER TO {U} {n8}
      friends = Chioma Okeke | Tunde Bakare | Aisha Bello

      [ca-maple]
      bank = Maple Shore Credit Union
      holder = Mr. Liam Bouchard
      cols = date:40 | text:100 | debit:420 | credit:490 | balance:562
      header = Date;Description;Withdrawals;Deposits;Balance
      pdfdate = yyyy-MM-dd
      number = en
      order = oldest
      wrap = 52
      rows = 26
      opening = Opening balance
      closing = Closing balance
      page = Page
      currency = CAD
      scale = 1.5
      cities = Ottawa | Kanata | Orleans
      pay = biweekly
      sal = Northshore Hydraulics Inc ~ PAYROLL DEP {U} | Laurentide Printing Ltd ~ DIRECT DEPOSIT {U} PAY {n6}
      pension = Service Canada ~ DEPOSIT {U} CPP {n6}
      rent = Birchwood Property Mgmt ~ PRE-AUTHORIZED DEBIT {U} RENT | Maple Trust Mortgage ~ MORTGAGE PAYMENT {U} {n9}
      util = Hydro Ottawa ~ PAD {U} {n10} | Enbridge Gas ~ PAD {U} {n10} | Rogers ~ PAD {U} WIRELESS {n9}
      ins = Beacon Mutual Insurance ~ PAD {U} AUTO INS {n8}
      loan = Cedar Auto Finance ~ LOAN PMT {U} {n8}
      tax = City of Ottawa ~ BILL PAYMENT {U} PROPERTY TAX {n10}
      subs = Netflix ~ POS PURCHASE {U} | Crave ~ POS PURCHASE {U} | GoodLife Fitness ~ PAD {U} MEMBERSHIP
      card = POS PURCHASE {U} {CU} ON | INTERAC PURCHASE {U} // {CU} {n4}
      dining = Tim Hortons | Poutinerie Chez Gaston | Maple Leaf Diner | Sushi Kaito | Bistro Juniper
      groceries = Loblaws | Metro | Farm Boy | Greengrocer Patel
      shopping = Canadian Tire | Indigo | Hardware Lachance | Gift Shop Loon | Winners
      fuel = Petro-Canada | Esso | Ultramar
      healthcare = Shoppers Drug Mart | Rideau Pharmacy | Dental Clinic Glebe
      transport = OC Transpo | Uber | Parking Byward
      travel = Via Rail | Motel Algonquin | Air Canada
      atm = ABM WITHDRAWAL {CU} {n6}
      fee = MONTHLY PLAN FEE
      bounce = NSF RETURN PAD {U}
      bfee = NSF FEE
      own = TRANSFER TO TFSA {n7} | ONLINE TRANSFER TO SAVINGS {n7} | GIC PURCHASE {n8}
      tin = E-TRANSFER RECEIVED {U}
      tout = E-TRANSFER SENT {U} {x8}
      friends = Emily Tremblay | Noah Gagnon | Olivia MacDonald

      [in-ganga]
      bank = Ganga Valley Co-operative Bank Ltd
      holder = Mr. Suresh Menon
      cols = date:40 | text:90 | value:330 | debit:420 | credit:490 | balance:562
      header = Date;Narration;Value Dt;Withdrawal Amt.;Deposit Amt.;Closing Balance
      pdfdate = dd/MM/yy
      number = en
      order = oldest
      wrap = 46
      rows = 26
      opening = Opening Balance
      closing = Closing Balance
      page = Page No.
      currency = INR
      scale = 90
      cities = Bengaluru | Mysuru | Hubballi
      pay = monthly
      payday = 1
      sal = Kaveri Textiles Pvt Ltd ~ NEFT CR-KVRB0{n6}-{U}-SALARY {MM}{YYYY} | Deccan Infotech Pvt Ltd ~ IMPS-{n12}-{U}-SAL
      pension = EPFO ~ NEFT CR-{U}-PENSION {MM}{YYYY}
      rent = Ramesh Kulkarni ~ UPI-{U}-{n6}@okaxis-RENT {MM} | Shanti Apartments ~ NEFT DR-{U}-RENT
      util = BESCOM ~ BILLPAY {U} {n10} | Airtel ~ BILLPAY {U} POSTPAID {n10} | Mahanagar Gas ~ NACH DR {U} {n8} | ACT Fibernet ~ BILLPAY {U} {n8}
      ins = LIC of India ~ NACH DR {U} PREMIUM {n9}
      loan = Vriddhi Home Finance ~ NACH DR {U} EMI {n9}
      tax = Bruhat Bengaluru Mahanagara Palike ~ BILLPAY {U} PROPERTY TAX {n10}
      subs = Netflix ~ POS {U} | Hotstar ~ POS {U} | Cult Fit ~ NACH DR {U}
      card = POS {n4}XXXXXXXX{n4} {U} {CU} | UPI-{U}-{n6}@ybl-{n12}
      dining = Udupi Sagar | Chai Point | Paradise Biryani | Dosa Corner Lakshmi | Cafe Coffee Day
      groceries = DMart | BigBasket | Kirana Store Sharma | Fresh Vegetables Ravi
      shopping = Lifestyle | Sapna Book House | Bata | Electronics Vijay | Tailor Naseem
      fuel = Indian Oil | Bharat Petroleum | HP Petrol Pump Hebbal
      healthcare = Apollo Pharmacy | MedPlus | Dental Care Smile
      transport = Ola | Namma Metro | Parking Brigade
      travel = IRCTC | Hotel Nandanam | IndiGo
      atm = ATW-{n4}XXXXXX{n4}-{x8}-{CU}
      fee = CONSOLIDATED CHARGES FOR A/C
      bounce = NACH RETURN {U} INSUFFICIENT BAL
      bfee = NACH RTN CHGS INCL GST
      own = TRF TO OWN A/C {n12} SWEEP FD | TRANSFER TO RD A/C {n12} | IB FUNDS TRF TO SAVINGS {n12}
      tin = UPI-{U}-{n10}@oksbi-CR
      tout = UPI-{U}-{n10}@paytm
      friends = Priya Nair | Arjun Reddy | Kavya Iyer
      [ph-luzon]
      bank = Luzon Savings and Trust Bank
      holder = Ms. Kristine Mae Villanueva
      cols = date:40 | text:100 | debit:420 | credit:490 | balance:562
      header = Date;Description;Debit;Credit;Running Balance
      pdfdate = MM/dd/yyyy
      number = en
      order = oldest
      wrap = 52
      rows = 26
      opening = Beginning Balance
      closing = Ending Balance
      page = Page
      currency = PHP
      scale = 62
      cities = Quezon City | Makati | Pasig
      pay = semimonthly
      sal = Luzon Agri Ventures Inc ~ PAYROLL CREDIT {U} // CUTOFF {MM}/{DD} | Bayanihan Outsourcing Corp ~ CREDIT MEMO {U} SALARY
      pension = SSS ~ {U} PENSION CREDIT {n10}
      rent = Santos Realty ~ FUND TRANSFER TO {U} RENT {MM}{YYYY} | Nena Dela Cruz ~ INSTAPAY TO {U} UPA {MM}
      util = Maynilad ~ AUTO DEBIT {U} {n9} | Meralco ~ BILLS PAYMENT {U} {n10} | PLDT ~ AUTO DEBIT {U} FIBR {n10} | Globe Telecom ~ AUTO DEBIT {U} POSTPAID {n10}
      ins = Kalasag Life Assurance ~ AUTO DEBIT {U} PREMIUM {n8}
      loan = Pag-IBIG Fund ~ AUTO DEBIT {U} HOUSING LOAN {n12}
      tax = BIR ~ BILLS PAYMENT {U} TAX {n9}
      subs = Netflix ~ POS {U} | Spotify ~ POS {U} | Anytime Fitness ~ AUTO DEBIT {U}
      card = POS PURCHASE {U} {CU} {n6} | DEBIT CARD PURCHASE {U} // {CU} PH {DD}/{MM}
      dining = Jollibee | Carinderia ni Aling Rosa | Kapihan sa Kanto | Lechon House Mang Berto | Mang Inasal
      groceries = SM Hypermarket | Puregold | Palengke Stall Reyes | Sari-Sari Store Bautista
      shopping = National Book Store | SM Department Store | Ukay Boutique Tala | Hardware Pasig Bolts | Tindahan ni Lito
      fuel = Petron | Shell | Caltex
      healthcare = Mercury Drug | Botika ng Bayan | Dental Clinic Ngiti
      transport = Grab | Beep Card Reload | Parking Greenbelt
      travel = Cebu Pacific | Resort Puting Buhangin | Hotel Kalayaan
      atm = ATM WITHDRAWAL {CU} {n6}
      fee = MONTHLY SERVICE CHARGE
      bounce = RETURNED AUTO DEBIT {U} DAIF
      bfee = RETURNED ITEM CHARGE DAIF
      own = FUND TRANSFER TO OWN ACCT {n10} SAVINGS | TIME DEPOSIT PLACEMENT {n8} | TRANSFER TO MY GOAL SAVINGS {n6}
      tin = INSTAPAY FROM {U}
      tout = INSTAPAY TO {U} {n6}
      friends = Maria Santos | Jose Reyes | Angelica Cruz

      [my-selat]
      bank = Bank Selat Melaka Berhad
      holder = Encik Ahmad Faizal bin Rahman
      cols = date:40 | text:96 | amount:470 | balance:560
      header = Entry Date;Transaction Description;Transaction Amount;Statement Balance
      pdfdate = dd/MM/yy
      number = en
      sign = trailing
      order = oldest
      wrap = 50
      rows = 24
      opening = Beginning balance
      closing = Ending balance
      page = Page
      currency = MYR
      scale = 5
      cities = Petaling Jaya | Shah Alam | Subang Jaya
      pay = monthly
      payday = 25
      sal = Seri Intan Perkilangan Sdn Bhd ~ SALARY CREDIT // {U} GAJI {MM}{YYYY} | Tanjung Logistik Sdn Bhd ~ IBG CREDIT // {U} SALARY
      pension = KWAP ~ IBG CREDIT // {U} PENCEN {MM}{YYYY}
      rent = Lim Ah Kow ~ DUITNOW TRANSFER // {U} SEWA RUMAH | Hartanah Cempaka Sdn Bhd ~ IBG DEBIT // {U} RENTAL {MM}
      util = Unifi ~ DIRECT DEBIT // {U} {n10} | TNB ~ JOMPAY // {U} {n12} | Air Selangor ~ JOMPAY // {U} {n10} | Maxis ~ DIRECT DEBIT // {U} {n10}
      ins = Takaful Pelangi ~ DIRECT DEBIT // {U} SUMBANGAN {n8}
      loan = Koperasi Permata ~ DIRECT DEBIT // {U} PINJAMAN {n9}
      tax = LHDN ~ FPX PAYMENT // {U} CUKAI {n10}
      subs = Netflix ~ DEBIT CARD // {U} | Astro ~ DIRECT DEBIT // {U} {n10} | Celebrity Fitness ~ DIRECT DEBIT // {U}
      card = SALE DEBIT {DD}/{MM} // {U} {CU} | DUITNOW QR // {U} {CU} {n6}
      dining = Restoran Nasi Kandar Pelita | Kedai Kopi Ah Seng | Mamak Corner Ali | Old Town White Coffee | Gerai Nasi Lemak Mak Jah
      groceries = Jaya Grocer | Mydin | Kedai Runcit Muthu | 99 Speedmart
      shopping = MPH Bookstores | Parkson | Kedai Kasut Langkah | Mr DIY | Butik Seri Melati
      fuel = Petronas | Petron | Shell
      healthcare = Guardian | Farmasi Sihat Selalu | Klinik Dr Wong
      transport = Grab | Touch n Go Reload | Parking Sunway
      travel = AirAsia | Hotel Seri Pantai | Homestay Kampung Damai
      atm = ATM WITHDRAWAL // {CU} {n6}
      fee = CAJ PERKHIDMATAN {MM}/{YYYY}
      bounce = DIRECT DEBIT RETURNED // {U} INSUFFICIENT FUNDS
      bfee = DD RETURN CHARGES
      own = TRANSFER TO OWN A/C // {n12} SIMPANAN | FIXED DEPOSIT PLACEMENT // {n10} | TRANSFER TO SAVINGS POCKET // {n8}
      tin = DUITNOW TRANSFER CREDIT // {U}
      tout = DUITNOW TRANSFER // {U}
      friends = Nurul Aisyah | Tan Wei Ming | Kavitha Raj

      [dk-bornholm]
      bank = Bornholms Andelsbank
      holder = Lars Kofoed Nielsen
      cols = date:40 | text:96 | amount:480 | balance:560
      header = Dato;Tekst;Beløb;Saldo
      pdfdate = dd-MM-yyyy
      number = de
      sign = signed
      order = oldest
      wrap = 60
      rows = 26
      opening = Primosaldo
      closing = Ultimosaldo
      page = Side
      currency = DKK
      scale = 7.5
      cities = Rønne | Nexø | Aakirkeby
      pay = monthly
      payday = 31
      sal = Østersø Fiskeindustri A/S ~ Løn {U} {MM}-{YYYY} | Nexø Maskinfabrik ApS ~ Overførsel {U} løn
      pension = Udbetaling Danmark ~ {U} Folkepension {MM}
      rent = Boligselskabet Klippen ~ Betalingsservice {U} husleje {n8} | Kirsten Holm ~ Overførsel til {U} husleje
      util = Bornholms Energi ~ Betalingsservice {U} el {n8} | Rønne Vand ~ Betalingsservice {U} vand {n8} | YouSee ~ Betalingsservice {U} bredbånd {n8}
      ins = Tryg ~ Betalingsservice {U} forsikring {n9}
      loan = Østkyst Finans ~ Betalingsservice {U} billån {n9}
      tax = Skattestyrelsen ~ Overførsel {U} restskat {n10}
      subs = Netflix ~ Visa/Dankort {U} | Viaplay ~ Visa/Dankort {U} | Fitness Klippen ~ Betalingsservice {U} medlemskab
      card = Dankort-køb {U} {C} {DD}.{MM} | Visa/Dankort {U} // {CU} Nota {n6}
      dining = Café Klippekanten | Røgeriet Ved Havnen | Pizzeria Napoli Nexø | Bageriet Hjortø | Sushi Bølgen
      groceries = Netto | Rema 1000 | Føtex | Slagter Mortensen
      shopping = Boghandel Bogormen | Matas | Isenkræmmer Holm | Sport Nord | Tiger
      fuel = Circle K | Q8 | OK Tank Rønne
      healthcare = Rønne Apotek | Tandlæge Kjær
      transport = Bornholmstrafikken | DSB | Parkering Rønne Havn
      travel = Hotel Klippen | Sommerhus Strandbo | Danish Air Transport
      atm = Hævning automat {CU} {n6}
      fee = Kontogebyr {MM}-{YYYY}
      bounce = Betalingsservice afvist {U} manglende dækning
      bfee = Gebyr afvist betaling
      own = Overført til egen konto Opsparing {n4}-{n10} | Overførsel til budgetkonto {n10} | Indskud tidsindskud {n8}
      tin = MobilePay {U}
      tout = MobilePay til {U}
      friends = Mette Hansen | Rasmus Kofoed | Sofie Jensen

      [ar-pampa]
      bank = Banco de la Pampa Humeda
      holder = Sr. Federico Alvarez
      cols = date:40 | text:96 | debit:400 | credit:470 | balance:562
      header = Fecha;Concepto;Debito;Credito;Saldo
      pdfdate = dd/MM/yy
      number = de
      order = oldest
      wrap = 50
      rows = 26
      opening = Saldo anterior
      closing = Saldo al cierre
      page = Hoja
      currency = ARS
      scale = 1000
      cities = Córdoba | Villa Carlos Paz | Río Cuarto
      pay = monthly
      payday = 3
      sal = Metalúrgica Pampeana SA ~ ACRED. HABERES {U} {MM}/{YYYY} | Cooperativa La Tranquera Ltda ~ TRANSF. RECIBIDA {U} // SUELDO {MM}/{YYYY}
      pension = ANSES ~ ACRED. {U} JUBILACION {n11}
      rent = Inmobiliaria Sierras Chicas ~ TRANSF. {U} ALQUILER {MM}/{YYYY} | Marta Giménez ~ TRANSF. A TERCEROS {U} ALQUILER
      util = EPEC ~ DEBITO AUTOMATICO {U} {n10} | Ecogas ~ DEBITO AUTOMATICO {U} {n10} | Aguas Cordobesas ~ DEBITO AUTOMATICO {U} {n9} | Personal ~ DEBITO AUTOMATICO {U} {n10}
      ins = La Segunda Seguros ~ DEBITO AUTOMATICO {U} POLIZA {n8}
      loan = Crédito Serrano SA ~ DEBITO CUOTA PRESTAMO {U} {n8}
      tax = Rentas Córdoba ~ PAGO {U} INMOBILIARIO {n12}
      subs = Netflix ~ COMPRA DEBITO {U} | Spotify ~ COMPRA DEBITO {U} | Gimnasio Olimpo ~ DEBITO AUTOMATICO {U} CUOTA
      card = COMPRA DEBITO {U} {CU} {DD}/{MM} | COMPRA VISA DEB. {U} // TARJ *{n4} {CU}
      dining = Parrilla El Fogón | Confitería La Perla | Pizzería Tano | Heladería Frutilla | Empanadas La Salteña
      groceries = Carrefour | Supermercado Día | Verdulería Doña Rosa | Carnicería Los Hermanos | Almacén Don Pepe
      shopping = El Ateneo | Ferretería Tornillo | Zapatería Pasos | Falabella | Kiosco El Rayo
      fuel = YPF | Axion | Shell
      healthcare = Farmacity | Farmacia del Pueblo | Consultorio Odontológico Risa
      transport = Uber | Cabify | SUBE Carga | Estacionamiento Plaza
      travel = Aerolíneas Argentinas | Hostería Los Aromos | Hotel Sierra Alta
      atm = EXTRACCION CAJERO {CU} {n6}
      fee = COMISION MANTENIMIENTO CUENTA {MM}/{YYYY}
      bounce = REVERSION DEBITO AUTOMATICO {U} FONDOS INSUF.
      bfee = COMISION DEBITO RECHAZADO
      own = TRANSF. A CTA. PROPIA CAJA DE AHORRO {n10} | CONSTITUCION PLAZO FIJO {n8} | TRANSF. ENTRE MIS CUENTAS {n10}
      tin = TRANSF. RECIBIDA {U} CBU {n8}
      tout = TRANSF. ENVIADA {U} // CBU {n8}
      friends = Lucía Fernández | Martín Gómez | Carolina Pereyra

      [ke-rift]
      bank = Rift Valley Commercial Bank
      holder = Mr. Brian Kipchumba
      cols = date:40 | text:96 | value:330 | debit:420 | credit:490 | balance:562
      header = Txn Date;Description;Value Date;Money Out;Money In;Ledger Balance
      pdfdate = dd/MM/yyyy
      number = en
      order = oldest
      wrap = 46
      rows = 26
      opening = Balance B/F
      closing = Balance C/F
      page = Page
      currency = KES
      scale = 140
      cities = Nakuru | Naivasha | Nairobi
      pay = monthly
      payday = 28
      sal = Menengai Tea Estates Ltd ~ SALARY {U} {MM}{YYYY} | Ziwa Dairy Cooperative ~ RTGS CREDIT {U} // PAY {MM}/{YYYY}
      pension = NSSF ~ EFT CREDIT {U} PENSION {MM}
      rent = Kiptoo Properties ~ PESALINK {U} RENT {MM} | Wanjiru Mwangi ~ SEND TO MPESA {U} RENT
      util = Safaricom Home Fibre ~ STANDING ORDER {U} {n9} | KPLC ~ MPESA PAYBILL {U} POSTPAID {n10} | Nakuru Water ~ MPESA PAYBILL {U} {n8}
      ins = Jubilee Insurance ~ STANDING ORDER {U} PREMIUM {n8}
      loan = Imara Sacco ~ LOAN REPAYMENT {U} {n9}
      tax = KRA ~ ITAX PAYMENT {U} PRN {n12}
      subs = Netflix ~ CARD PURCHASE {U} | Showmax ~ CARD PURCHASE {U} | Simba Fitness ~ STANDING ORDER {U}
      card = POS PURCHASE {U} {CU} KE | VISA DEBIT {U} // {CU} {n6}
      dining = Java House | Nyama Choma Joint Kamau | Cafe Flamingo | Kibanda ya Mutua | Chapati Corner Achieng
      groceries = Naivas | Quickmart | Carrefour | Mboga Stall Njeri
      shopping = Text Book Centre | Duka la Vitenge Zawadi | Hardware Mwangi | Bata | Jumia
      fuel = Rubis | Shell | Ola Energy
      healthcare = Goodlife Pharmacy | Chemist Afya Bora | Dental Clinic Tabasamu
      transport = Uber | Little Cab | Parking Nakuru County
      travel = Kenya Airways | Lodge Flamingo Shores | SGR Madaraka Express
      atm = ATM CASH WITHDRAWAL {CU} {n6}
      fee = LEDGER FEE {MM}/{YYYY}
      bounce = RETURNED STANDING ORDER {U} INSUFFICIENT FUNDS
      bfee = UNPAID STANDING ORDER FEE
      own = TRANSFER TO OWN ACCOUNT {n10} SAVINGS | FIXED DEPOSIT PLACEMENT {n9} | TRANSFER TO GOAL SAVINGS {n8}
      tin = PESALINK CREDIT {U}
      tout = PESALINK DEBIT {U} {n6}
      friends = Wanjiku Kamau | Otieno Odhiambo | Chebet Kiprono

      [gb-severn]
      bank = Severn Vale Building Society
      holder = Mrs Rachel Turner
      cols = date:40 | text:96 | type:330 | amount:470 | balance:560
      header = Date;Description;Type;Amount;Balance
      pdfdate = dd/MM/yyyy
      number = en
      sign = signed
      order = oldest
      wrap = 46
      rows = 26
      opening = Balance brought forward
      closing = Balance carried forward
      page = Page
      currency = GBP
      scale = 0.85
      cities = Gloucester | Tewkesbury | Stroud
      pay = monthly
      payday = 28
      sal = Cotswold Precision Engineering Ltd ~ {U} SALARY {MM}/{YYYY} | Vale Care Homes Ltd ~ {U} WAGES REF {n6}
      pension = DWP ~ {U} STATE PENSION {n8}
      rent = Severnside Lettings ~ {U} RENT {x6} | Kingsholm Mortgages ~ {U} MORTGAGE {n10}
      util = Octopus Energy ~ {U} {x8} | Severn Trent ~ {U} WATER {n10} | BT Group ~ {U} BROADBAND {n9}
      ins = Aviva ~ {U} HOME INS {n9}
      loan = Cheltenham Car Finance ~ {U} AGREEMENT {n8}
      tax = Gloucester City Council ~ {U} COUNCIL TAX {n8}
      subs = Netflix ~ {U} CARD {n4} | Spotify ~ {U} CARD {n4} | PureGym ~ {U} MEMBERSHIP
      card = CARD PAYMENT TO {U} ON {DD}/{MM} // {CU} | {U} {CU} CARD {n4}
      dining = Greggs | Tea Rooms Primrose | Fish Bar Neptune | Pub The Plough | Curry House Spice Garden
      groceries = Tesco | Sainsbury's | Greengrocer Hobbs | Butcher Pritchard
      shopping = WHSmith | Argos | Hardware Hartley | Bookshop Quill | Charity Shop Bluebell
      fuel = BP | Esso | Filling Station Longford
      healthcare = Boots | Pharmacy Abbey | Dental Surgery Westgate
      transport = GWR | Stagecoach | Parking Kings Quarter
      travel = Premier Inn | B&B Rosemary Cottage | easyJet
      atm = CASH {CU} {n4} CARD {n4}
      fee = ACCOUNT FEE
      bounce = UNPAID DIRECT DEBIT {U}
      bfee = UNPAID ITEM CHARGE
      own = TRANSFER TO ISA {n8} | TO SAVINGS ACCOUNT {n8} | TRANSFER TO {n2}-{n2}-{n2} {n8} RAINY DAY
      tin = FASTER PAYMENT FROM {U}
      tout = FASTER PAYMENT TO {U} REF {x6}
      friends = Sophie Williams | Jack Evans | Chloe Davies
      """;

  /** The card-purchase categories, dining and shopping most common as in the fixtures. */
  private static final String[] BAG =
      ("dining dining dining dining dining dining shopping shopping shopping shopping shopping"
              + " shopping groceries groceries groceries groceries fuel fuel healthcare healthcare"
              + " transport transport travel")
          .split(" ", -1);

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)([0-9]*)}");

  /**
   * The layouts bsa's PDF parser did not read as the bank prints them when the set was written (ADR
   * 0510: Hungarian {@code yyyy.MM.dd} dates and Terheles/Jovairas columns, newest-first Turkish
   * and Swedish statements, Swedish Bokforingsdag/Valutadag titles run together, South African
   * {@code yyyy/MM/dd} dates, romanised Japanese, a Philippine Running Balance title run into
   * Credit, a Malaysian layout whose text names a company SDN BHD); since ADR 0530 they are read as
   * printed and belong to {@link #all()} like the others.
   */
  private static final Set<String> FORMERLY_UNREAD =
      Set.of("hu-tisza", "tr-bogaz", "se-fjall", "za-protea", "jp-sakura", "ph-luzon", "my-selat");

  /** Returns three three-month statements of every layout, as the banks print them. */
  static List<WorldStatements.Generated> all() {
    StringBuilder specs = new StringBuilder();
    blocks().values().forEach(specs::append);
    return all(specs.toString());
  }

  /** Returns the statements of the layouts the PDF parser did not read as printed before 0530. */
  static List<WorldStatements.Generated> formerlyUnread() {
    StringBuilder specs = new StringBuilder();
    blocks()
        .forEach(
            (id, block) -> {
              if (FORMERLY_UNREAD.contains(id)) {
                specs.append(block);
              }
            });
    return all(specs.toString());
  }

  /** The blocks of {@link #SPECS} by layout id, in order. */
  private static Map<String, String> blocks() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String b : ("\n" + SPECS).split("\n\\[", -1)) {
      if (!b.isBlank()) {
        out.put(b.substring(0, b.indexOf(']')), "[" + b + "\n");
      }
    }
    return out;
  }

  /**
   * Generates three statements of every layout of {@code specs} (in the format of {@link #SPECS}).
   */
  static List<WorldStatements.Generated> all(String specs) {
    List<WorldStatements.Generated> out = new ArrayList<>();
    for (WorldStatements.Country c : WorldStatements.parse(printable(specs))) {
      for (int k = 0; k < 3; k++) {
        long seed = 613_007L * (k + 5) + c.id().hashCode();
        Household h = new Household(c, seed, k);
        h.live(3);
        List<WorldStatements.Row> rows = h.sorted();
        out.add(
            new WorldStatements.Generated(
                c.id() + "-" + Long.toHexString(seed) + "-m3",
                FreshStatements.Printer.print(c, c, rows, h.rnd),
                rows.stream().map(WorldStatements.Row::label).toList(),
                h.full));
      }
    }
    return out;
  }

  /** Folds the letters the PDF's standard font cannot encode (WinAnsi) to their base letter. */
  static String printable(String s) {
    CharsetEncoder winAnsi = Charset.forName("windows-1252").newEncoder();
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (winAnsi.canEncode(ch)) {
        sb.append(ch);
      } else if (ch == 'ı') {
        sb.append('i');
      } else {
        sb.append(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).charAt(0));
      }
    }
    return sb.toString();
  }

  /** One household's bookings: a row and its label, and the label with its kind's category. */
  private static final class Household {
    final WorldStatements.Country c;
    final Random rnd;
    final int k;
    final BigDecimal scale;
    final boolean whole;
    final List<WorldStatements.Row> rows = new ArrayList<>();
    final List<AnalysisScore.Label> full = new ArrayList<>();

    Household(WorldStatements.Country c, long seed, int k) {
      this.c = c;
      this.rnd = new Random(seed);
      this.k = k;
      this.scale = new BigDecimal(c.one("scale"));
      this.whole = c.has("whole");
    }

    /** The rows by date, the order of booking kept within a day. */
    List<WorldStatements.Row> sorted() {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        idx.add(i);
      }
      idx.sort(Comparator.comparing((Integer i) -> rows.get(i).date()));
      List<AnalysisScore.Label> fullSorted = new ArrayList<>();
      List<WorldStatements.Row> out = new ArrayList<>();
      for (int i : idx) {
        out.add(rows.get(i));
        fullSorted.add(full.get(i));
      }
      full.clear();
      full.addAll(fullSorted);
      return out;
    }

    private BigDecimal money(double euros) {
      BigDecimal v = BigDecimal.valueOf(euros).multiply(scale);
      return whole
          ? v.setScale(0, RoundingMode.HALF_UP).setScale(2)
          : v.setScale(2, RoundingMode.HALF_UP);
    }

    private double between(double lo, double hi) {
      return lo + rnd.nextDouble() * (hi - lo);
    }

    private static String slug(String s) {
      return String.join("-", s.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+", -1));
    }

    private String pick(List<String> l) {
      return l.get(rnd.nextInt(l.size()));
    }

    private static String name(String entry) {
      return entry.substring(0, entry.indexOf(" ~ ")).strip();
    }

    private static String template(String entry) {
      return entry.substring(entry.indexOf(" ~ ") + 3).strip();
    }

    private String fill(String template, String party, LocalDate d) {
      String city = pick(c.all("cities"));
      Matcher m = SLOT.matcher(template);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        int n = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
        String v =
            switch (m.group(1)) {
              case "P" -> party;
              case "U" -> party.toUpperCase(Locale.ROOT);
              case "C" -> city;
              case "CU" -> city.toUpperCase(Locale.ROOT);
              case "DD" -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth());
              case "MM" -> String.format(Locale.ROOT, "%02d", d.getMonthValue());
              case "YY" -> String.format(Locale.ROOT, "%02d", d.getYear() % 100);
              case "YYYY" -> String.valueOf(d.getYear());
              case "hh" -> String.format(Locale.ROOT, "%02d", 7 + rnd.nextInt(15));
              case "mi" -> String.format(Locale.ROOT, "%02d", rnd.nextInt(60));
              case "n" -> RandomText.digits(rnd, n);
              case "x" -> RandomText.reference(rnd, n);
              default -> throw new IllegalArgumentException(m.group());
            };
        m.appendReplacement(sb, Matcher.quoteReplacement(v));
      }
      m.appendTail(sb);
      return printable(sb.toString());
    }

    /** Adds one booking; {@code fullCategory} is the category its kind implies. */
    private void add(
        LocalDate d,
        BigDecimal amount,
        String text,
        String kind,
        @Nullable String category,
        @Nullable String counterparty,
        @Nullable String series,
        String fullCategory) {
      AnalysisScore.Label l =
          new AnalysisScore.Label(d, amount, kind, category, counterparty, series);
      rows.add(new WorldStatements.Row(d, amount, text, l));
      full.add(
          new AnalysisScore.Label(
              d, amount, kind, category == null ? fullCategory : category, counterparty, series));
    }

    /** A named booking of a {@code name ~ template} entry. */
    private void named(
        String entry, LocalDate d, BigDecimal amount, String kind, boolean series, String full) {
      String n = name(entry);
      add(
          d,
          amount,
          fill(template(entry), n, d),
          kind,
          null,
          n,
          series ? kind + ":" + slug(n) : null,
          full);
    }

    void live(int months) {
      YearMonth first = YearMonth.of(2024, 1).plusMonths(rnd.nextInt(22));
      List<String> sal = c.all("sal");
      String employer = sal.get(k % sal.size());
      double salary = between(1400, 3200);
      String rent = c.all("rent").get(k % c.all("rent").size());
      double rentAmount = between(380, 950);
      int rentDay = 1 + rnd.nextInt(4);
      List<String> utils = new ArrayList<>(c.all("util"));
      int utilCount = 2 + rnd.nextInt(utils.size() - 1);
      double[] utilBase = new double[utils.size()];
      int[] utilDay = new int[utils.size()];
      for (int i = 0; i < utils.size(); i++) {
        utilBase[i] = between(18, 90);
        utilDay[i] = 6 + rnd.nextInt(18);
      }
      double ins = between(15, 70);
      int insDay = 1 + rnd.nextInt(27);
      boolean hasLoan = k != 1;
      double loan = between(120, 420);
      int loanDay = 2 + rnd.nextInt(25);
      List<String> subs = c.all("subs");
      double[] subAmount = new double[subs.size()];
      int[] subDay = new int[subs.size()];
      for (int i = 0; i < subs.size(); i++) {
        subAmount[i] = between(4, 25);
        subDay[i] = 1 + rnd.nextInt(27);
      }
      boolean hasOwn = k != 1 || c.id().hashCode() % 2 == 0;
      String own = c.all("own").get(k % c.all("own").size());
      double ownAmount = 50 * (2 + rnd.nextInt(8));
      boolean bounce = k == 1 || (k == 2 && c.id().hashCode() % 3 == 0);
      boolean pension = k == 2;
      double pensionAmount = between(450, 1100);
      double fee = between(2, 9);
      Map<String, List<String>> regulars = new HashMap<>();
      for (String cat :
          List.of("dining", "groceries", "shopping", "fuel", "healthcare", "transport", "travel")) {
        List<String> shops = new ArrayList<>(c.all(cat));
        Collections.shuffle(shops, rnd);
        regulars.put(cat, shops.subList(0, Math.min(shops.size(), 3)));
      }
      LocalDate biweekly =
          first
              .atDay(1)
              .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
              .plusDays(7L * rnd.nextInt(2));
      for (int m = 0; m < months; m++) {
        YearMonth ym = first.plusMonths(m);
        // income
        switch (c.one("pay")) {
          case "semimonthly" -> {
            for (LocalDate d : List.of(ym.atDay(15), ym.atEndOfMonth())) {
              named(employer, before(d), money(salary / 2), "salary", true, "salary");
            }
          }
          case "biweekly" -> {
            while (biweekly.getMonthValue() == ym.getMonthValue()
                && biweekly.getYear() == ym.getYear()) {
              named(employer, biweekly, money(salary * 12 / 26), "salary", true, "salary");
              biweekly = biweekly.plusDays(14);
            }
          }
          default -> {
            int day = Math.min(Integer.parseInt(c.one("payday")), ym.lengthOfMonth());
            named(employer, before(ym.atDay(day)), money(salary), "salary", true, "salary");
          }
        }
        if (pension) {
          named(
              c.one("pension"),
              after(ym.atDay(3)),
              money(pensionAmount),
              "pension",
              true,
              "income");
        }
        // obligations
        named(rent, after(ym.atDay(rentDay)), money(-rentAmount), "rent", true, "rent_mortgage");
        for (int i = 0; i < utilCount; i++) {
          LocalDate d = after(ym.atDay(utilDay[i]));
          BigDecimal a = money(-utilBase[i] * between(0.7, 1.35));
          if (bounce && i == 0 && m == 1) {
            named(utils.get(i), d, a, "utility", false, "utilities");
            LocalDate back = after(d.plusDays(2));
            String n = name(utils.get(i));
            add(
                back,
                a.negate(),
                fill(c.one("bounce"), n, back),
                "bounced_payment",
                null,
                n,
                null,
                "returned_payments");
            add(
                back,
                money(-between(3, 8)),
                fill(c.one("bfee"), "", back),
                "bounce_fee",
                null,
                null,
                null,
                "fees");
            d = after(back.plusDays(5));
          }
          named(utils.get(i), d, a, "utility", true, "utilities");
        }
        named(c.one("ins"), after(ym.atDay(insDay)), money(-ins), "insurance", true, "insurance");
        if (hasLoan) {
          named(
              c.one("loan"),
              after(ym.atDay(loanDay)),
              money(-loan),
              "loan",
              true,
              "loan_repayment");
        }
        if (m == 1 && k != 1) {
          named(
              c.one("tax"),
              after(ym.atDay(10 + rnd.nextInt(10))),
              money(-between(60, 400)),
              "tax",
              false,
              "taxes");
        }
        for (int i = 0; i < subs.size(); i++) {
          if (i < 2 || k == 0) {
            named(
                subs.get(i),
                ym.atDay(subDay[i]),
                money(-subAmount[i]),
                "subscription",
                true,
                "subscriptions");
          }
        }
        LocalDate feeDay = before(ym.atEndOfMonth());
        add(
            feeDay,
            money(-fee),
            fill(c.one("fee"), "", feeDay),
            "fee",
            null,
            null,
            "fee:account",
            "fees");
        if (hasOwn) {
          LocalDate d =
              after(
                  ym.atDay(
                      Math.min(
                          28,
                          Integer.parseInt(c.one("payday").isEmpty() ? "16" : c.one("payday"))
                              + 1)));
          add(
              d,
              money(-ownAmount),
              fill(own, "", d),
              "own_transfer",
              null,
              null,
              "own_transfer:savings",
              "transfers");
        }
        // everyday life
        int atms = 1 + rnd.nextInt(3);
        for (int i = 0; i < atms; i++) {
          LocalDate d = ym.atDay(1 + rnd.nextInt(ym.lengthOfMonth()));
          BigDecimal a =
              money(-20 * (1 + rnd.nextInt(8))).setScale(0, RoundingMode.HALF_UP).setScale(2);
          add(
              d,
              a,
              fill(c.one("atm"), "", d),
              "atm_withdrawal",
              null,
              null,
              null,
              "cash_withdrawal");
        }
        for (int i = 0; i < 1 + rnd.nextInt(2); i++) {
          String f = pick(c.all("friends"));
          LocalDate d = ym.atDay(1 + rnd.nextInt(ym.lengthOfMonth()));
          boolean in = rnd.nextBoolean();
          add(
              d,
              money(in ? between(10, 150) : -between(10, 150)),
              fill(c.one(in ? "tin" : "tout"), f, d),
              in ? "transfer_in" : "transfer_out",
              null,
              f,
              null,
              "transfers");
        }
        int purchases = 18 + rnd.nextInt(12);
        for (int i = 0; i < purchases; i++) {
          String cat = BAG[rnd.nextInt(BAG.length)];
          String shop =
              pick(rnd.nextInt(4) == 0 ? c.all(cat) : regulars.getOrDefault(cat, c.all(cat)));
          LocalDate d = ym.atDay(1 + rnd.nextInt(ym.lengthOfMonth()));
          double eur =
              switch (cat) {
                case "dining" -> between(5, 45);
                case "groceries" -> between(12, 110);
                case "shopping" -> between(8, 160);
                case "fuel" -> between(30, 85);
                case "healthcare" -> between(6, 70);
                case "transport" -> between(2, 30);
                default -> between(60, 380);
              };
          add(
              d,
              money(-eur),
              fill(pick(c.all("card")), shop, d),
              "card_purchase",
              cat,
              shop,
              null,
              cat);
        }
      }
    }
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The next business day on or after {@code d} (kept in its month: else the one before). */
  private static LocalDate after(LocalDate d) {
    LocalDate x = d;
    while (weekend(x)) {
      x = x.plusDays(1);
    }
    return x.getMonth() == d.getMonth() ? x : before(d);
  }

  /** The last business day on or before {@code d}. */
  private static LocalDate before(LocalDate d) {
    LocalDate x = d;
    while (weekend(x)) {
      x = x.minusDays(1);
    }
    return x;
  }
}
