package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trade lexicon of ADR 0450, concept by concept: for each trade concept of the checklist and
 * each of twelve languages, an invented shop named by its trade word in the local style, wrapped in
 * that country's card-payment noise, gets the concept's category by a word (not by the fallback of
 * unknown card merchants), and the same description as a credit does not. Further rows: languages
 * outside the twelve (Greek script among them), and names where a trade word is part of a person's
 * name, a transfer or a bill, which must keep their own category. Every name is invented; none is
 * taken from a scoring cast.
 */
final class TradeLexiconTest {
  /**
   * A language's card-payment noise ({@code %s} is the shop's name) and an invented proper part of
   * a shop's name, no trade word in it.
   */
  private record Local(String card, String proper) {}

  private static final Map<String, Local> LOCAL =
      Map.ofEntries(
          Map.entry("en", new Local("CARD PAYMENT TO %s LEEDS ON 03 MAR", "Harbourlight")),
          Map.entry("de", new Local("Kartenzahlung girocard %s PASSAU 03.03.", "Möwenblick")),
          Map.entry("fr", new Local("CB %s 03/03 ANGERS CARTE 4974XXXXXXXX1234", "du Vieux Quai")),
          Map.entry("es", new Local("COMPRA TARJ. 4B1234 %s CÁCERES 03/03/2025", "Los Almendros")),
          Map.entry("pt", new Local("COMPRA 1234 %s CONTACTLESS BRAGA", "Boa Vista")),
          Map.entry("it", new Local("PAGAMENTO POS %s 03/03/2025 10.15 CARTA N. *1234", "Il Faro")),
          Map.entry("nl", new Local("BEA, Betaalpas %s,PAS123 ZWOLLE", "De Zeemeeuw")),
          Map.entry("pl", new Local("ZAKUP PRZY UŻYCIU KARTY %s TORUŃ 03.03.2025", "Pod Lipami")),
          Map.entry("sv", new Local("KORTKÖP 250303 %s VÄXJÖ", "Solrosen")),
          Map.entry("hu", new Local("Vásárlás kártyával %s SZEGED", "Napfény")),
          Map.entry("tr", new Local("POS SATIŞ %s ESKİŞEHİR", "Yıldız")),
          Map.entry("id", new Local("DEBIT KARTU %s BANDUNG", "Sinar Jaya")));

  /**
   * The checklist: concept | category | language=trade words of a shop's name; ... One row a
   * concept; a language without a usual word for it is left out.
   */
  private static final String CHECKLIST =
      """
      supermarket | groceries | en=Supermarket; de=Supermarkt; fr=Supermarché; es=Supermercado; pt=Supermercado; it=Supermercato; nl=Supermarkt; pl=Supermarket; sv=Livs; hu=Szupermarket; tr=Süpermarket; id=Pasar Swalayan
      grocer | groceries | en=Convenience Store; de=Spätkauf; fr=Épicerie; es=Ultramarinos; pt=Mercearia; it=Alimentari; nl=Kruidenier; pl=Sklep Spożywczy; sv=Närbutik; hu=Vegyesbolt; tr=Bakkal; id=Toko Kelontong
      greengrocer | groceries | en=Greengrocer; de=Obst und Gemüse; fr=Primeur; es=Frutería; pt=Hortifruti; it=Ortofrutta; nl=Groentewinkel; pl=Warzywniak; sv=Frukt och Grönt; hu=Zöldséges; tr=Manav; id=Sayur Mayur
      butcher | groceries | en=Family Butcher; de=Metzgerei; fr=Boucherie; es=Carnicería; pt=Talho; it=Macelleria; nl=Slagerij; pl=Sklep Mięsny; sv=Charkuteri; hu=Hentes; tr=Kasap; id=Toko Daging
      fishmonger | groceries | en=Fishmongers; de=Fischhandel; fr=Poissonnerie; es=Pescadería; pt=Peixaria; it=Pescheria; nl=Viswinkel; pl=Sklep Rybny; sv=Fiskaffär; hu=Halbolt; tr=Balıkçı; id=Pasar Ikan
      deli and cheese | groceries | en=Delicatessen; de=Feinkost; fr=Fromagerie; es=Quesería; it=Formaggeria; nl=Kaaswinkel; pl=Delikatesy; sv=Ostbutik; hu=Csemege; tr=Şarküteri
      organic food | groceries | en=Health Foods; de=Reformhaus; fr=Épicerie Bio; es=Herbolario; pt=Produtos Naturais; nl=Natuurvoeding; pl=Zdrowa Żywność; sv=Hälsokost; hu=Biobolt
      market hall | groceries | en=Farmers Market; de=Markthalle; fr=Marché; es=Mercado Central; pt=Mercado Municipal; it=Mercato Coperto; nl=Markthal; pl=Hala Targowa; sv=Saluhallen; hu=Vásárcsarnok; tr=Semt Pazarı; id=Pasar Tradisional
      farm shop | groceries | en=Farm Shop; de=Hofladen; fr=Vente à la Ferme; es=Tienda de Granja; it=Spaccio Aziendale; nl=Boerderijwinkel; sv=Gårdsbutik
      wine and liquor | groceries | en=Off Licence; de=Weinhandlung; fr=Caviste; es=Vinoteca; pt=Garrafeira; nl=Slijterij; pl=Sklep Monopolowy; sv=Systembolaget; hu=Italbolt; tr=Tekel Bayi
      restaurant | dining | en=Eatery; de=Gaststätte; fr=Restaurant; es=Restaurante; pt=Churrasqueira; it=Ristorante; nl=Eetcafé; pl=Restauracja; sv=Restaurang; hu=Étterem; tr=Lokanta; id=Rumah Makan
      inn and tavern | dining | en=Tavern; de=Gasthaus; fr=Auberge; es=Mesón; pt=Tasca; it=Locanda; nl=Kroeg; pl=Karczma; sv=Värdshus; hu=Csárda; tr=Meyhane; id=Warung
      cafe | dining | en=Coffee House; de=Kaffeehaus; fr=Café; es=Cafetería; pt=Cafetaria; it=Caffè Bar; nl=Koffiebar; pl=Kawiarnia; sv=Kafé; hu=Kávézó; tr=Kahve Evi; id=Kedai Kopi
      tea room | dining | en=Tea Room; de=Teestube; fr=Salon de Thé; es=Salón de Té; nl=Theehuis; pl=Herbaciarnia; sv=Tesalong; tr=Çay Evi
      bakery | dining | en=Bakehouse; de=Bäckerei; fr=Boulangerie; es=Panadería; pt=Padaria; it=Panificio; nl=Bakkerij; pl=Piekarnia; sv=Bageri; hu=Pékség; tr=Fırın; id=Toko Roti
      patisserie | dining | en=Cake Shop; de=Konditorei; fr=Pâtisserie; es=Pastelería; pt=Confeitaria; it=Pasticceria; nl=Banketbakkerij; pl=Cukiernia; sv=Konditori; hu=Cukrászda; tr=Pastane; id=Toko Kue
      ice cream | dining | en=Ice Cream Parlour; de=Eisdiele; fr=Glacier Artisan; es=Heladería; pt=Sorveteria; it=Gelateria; nl=IJssalon; pl=Lodziarnia; sv=Glassbar; hu=Fagylaltozó; tr=Dondurmacı; id=Es Krim
      pizzeria | dining | en=Pizza Place; de=Pizzeria; fr=Pizzeria; es=Pizzería; pt=Pizzaria; it=Pizzeria; nl=Pizzeria; pl=Pizzeria; sv=Pizzeria; hu=Pizzéria; tr=Pizzacı; id=Pizzeria
      grill and kebab | dining | en=Grill House; de=Dönerbude; fr=Rôtisserie; es=Asador; pt=Churrascaria; it=Rosticceria; nl=Shoarma; pl=Kebab; sv=Grillbar; hu=Gyros; tr=Ocakbaşı
      snack bar | dining | en=Takeaway; de=Imbiss; fr=Friterie; es=Chiringuito; pt=Lanchonete; it=Tavola Calda; nl=Snackbar; pl=Bar Mleczny; sv=Korvkiosk; hu=Büfé; id=Warung Makan
      pub and brewery | dining | en=Alehouse; de=Brauhaus; fr=Brasserie; es=Cervecería; pt=Cervejaria; it=Birreria; nl=Brouwerij; pl=Browar; sv=Bryggeri; hu=Söröző; tr=Birahane
      canteen | dining | en=Canteen; de=Kantine; es=Comedor; pt=Refeitório; it=Mensa; nl=Kantine; pl=Stołówka; sv=Matsal; hu=Menza; tr=Yemekhane; id=Kantin
      filling station | fuel | en=Petrol Station; de=Tankstelle; fr=Station Essence; es=Gasolinera; pt=Posto de Combustível; it=Distributore Carburante; nl=Tankstation; pl=Stacja Paliw; sv=Bensinstation; hu=Benzinkút; tr=Benzin İstasyonu; id=Pom Bensin
      service area | fuel | en=Motorway Services; de=Raststätte; fr=Relais Carburant; es=Área de Servicio; it=Area di Servizio; nl=Serviceplaza; pl=Stacja Benzynowa; tr=Akaryakıt İstasyonu
      ev charging | fuel | en=EV Charging; de=Ladestation; fr=Borne de Recharge; es=Electrolinera; it=Ricarica Auto; nl=Laadpaal; sv=Laddstation
      taxi | transport | en=Minicabs; de=Taxi; fr=Taxi; es=Radio Taxi; pt=Táxi; it=Taxi; nl=Taxicentrale; pl=Taxi; sv=Taxi; hu=Taxi; tr=Taksi; id=Ojek
      bus and coach | transport | en=Coaches; de=Fernbus; fr=Autocar; es=Autocares; it=Autolinee; nl=Busbedrijf; pl=Autobusy; sv=Buss; hu=Busz; tr=Otobüs; id=Angkot
      rail | transport | en=Railway; de=Eisenbahn; es=Ferrocarril; pt=Comboios; it=Ferrovie; nl=Trein; pl=Koleje; sv=Järnväg; hu=Vasút; tr=Demiryolları; id=Kereta Api
      metro and tram | transport | en=Underground; de=U-Bahn; fr=Tramway; es=Tranvía; pt=Metropolitano; it=Metropolitana; nl=Tram; pl=Tramwaj; sv=Tunnelbana; tr=Tramvay; id=MRT
      ferry | transport | en=Ferries; de=Fähre; fr=Ferry; es=Transbordador; it=Traghetti; nl=Veerdienst; sv=Färja; tr=Feribot; id=Kapal Feri
      parking | transport | en=Car Park; de=Tiefgarage; fr=Stationnement; es=Aparcamiento; pt=Estacionamento; it=Parcheggio; nl=Parkeergarage; pl=Parking; sv=Parkering; hu=Parkolóház; tr=Otopark; id=Parkir
      toll | transport | en=Toll Road; de=Maut; fr=Péage; es=Peaje; pt=Portagem; it=Pedaggio; pl=Autostrada; tr=Otoyol; id=Jalan Tol
      bike and car sharing | transport | en=Bike Hire; de=Fahrradverleih; fr=Location Vélo; es=Alquiler de Bicicletas; it=Noleggio Bici; nl=Fietsverhuur; pl=Rower Miejski; sv=Cykeluthyrning
      airport and airline | travel | en=Airways; de=Flughafen; fr=Aéroport; es=Aeropuerto; pt=Aeroporto; it=Aeroporto; nl=Luchthaven; pl=Lotnisko; sv=Flygplats; hu=Repülőtér; tr=Havalimanı; id=Bandara
      hotel | travel | en=Hotel; de=Hotel Garni; fr=Hôtel; es=Hostal; pt=Pousada; it=Albergo; nl=Hotel; pl=Hotel; sv=Hotell; hu=Szálloda; tr=Otel; id=Penginapan
      guesthouse and pension | travel | en=Guest House; de=Pension; fr=Chambres d'Hôtes; es=Casa Rural; pt=Hospedagem; it=Affittacamere; nl=Bed and Breakfast; pl=Pensjonat; sv=Pensionat; hu=Panzió; tr=Pansiyon; id=Homestay
      hostel | travel | en=Youth Hostel; de=Jugendherberge; fr=Auberge de Jeunesse; es=Albergue; nl=Jeugdherberg; pl=Hostel; sv=Vandrarhem; hu=Hostel; tr=Hostel; id=Hostel
      holiday home | travel | en=Holiday Cottages; de=Ferienwohnung; fr=Gîte; it=Agriturismo; nl=Vakantiehuis; pl=Agroturystyka; sv=Stugby; hu=Vendégház; tr=Apart Otel
      campsite | travel | en=Campsite; de=Campingplatz; fr=Camping; es=Camping; it=Campeggio; nl=Kampeerterrein; pl=Kemping; sv=Camping; hu=Kemping; tr=Kamping
      travel agency | travel | en=Travel Agents; de=Reisebüro; fr=Agence de Voyages; es=Agencia de Viajes; pt=Agência de Viagens; it=Agenzia Viaggi; nl=Reisbureau; pl=Biuro Podróży; sv=Resebyrå; hu=Utazási Iroda; tr=Seyahat Acentası; id=Biro Perjalanan
      car rental | travel | en=Car Hire; de=Autovermietung; fr=Location de Voitures; es=Alquiler de Coches; pt=Aluguel de Carros; it=Autonoleggio; nl=Autoverhuur; pl=Wypożyczalnia Samochodów; sv=Biluthyrning; hu=Autókölcsönző; tr=Araç Kiralama; id=Rental Mobil
      pharmacy | healthcare | en=Chemists; de=Apotheke; fr=Pharmacie; es=Farmacia; pt=Farmácia; it=Farmacia; nl=Apotheek; pl=Apteka; sv=Apotek; hu=Gyógyszertár; tr=Eczanesi; id=Apotek
      doctor | healthcare | en=GP Surgery; de=Hausarztpraxis; fr=Cabinet Médical; es=Consultorio Médico; pt=Clínica Médica; it=Studio Medico; nl=Huisartsenpraktijk; pl=Przychodnia; sv=Vårdcentral; hu=Orvosi Rendelő; tr=Muayenehane; id=Praktek Dokter
      hospital and clinic | healthcare | en=Medical Centre; de=Klinikum; fr=Clinique; es=Centro Médico; pt=Hospital; it=Poliambulatorio; nl=Ziekenhuis; pl=Szpital; sv=Sjukhus; hu=Kórház; tr=Hastanesi; id=Rumah Sakit
      laboratory | healthcare | en=Pathology Lab; de=Laborpraxis; fr=Laboratoire d'Analyses; es=Laboratorio Clínico; pt=Laboratório; it=Laboratorio Analisi; nl=Laboratorium; pl=Laboratorium Medyczne; hu=Laboratórium
      dentist | healthcare | en=Dental Practice; de=Zahnarztpraxis; fr=Cabinet Dentaire; es=Clínica Dental; pt=Clínica Dentária; it=Studio Dentistico; nl=Tandartspraktijk; pl=Gabinet Stomatologiczny; sv=Tandvård; hu=Fogászat; tr=Diş Kliniği; id=Klinik Gigi
      optician | healthcare | en=Opticians; de=Augenoptik; fr=Opticien; es=Óptica; pt=Ótica; it=Ottica; nl=Optiek; pl=Optyk; sv=Optiker; hu=Optika; tr=Gözlükçü; id=Toko Kacamata
      physiotherapy | healthcare | en=Physiotherapy; de=Krankengymnastik; fr=Kinésithérapie; es=Fisioterapia; pt=Fisioterapia; it=Fisioterapia; nl=Fysiotherapie; pl=Fizjoterapia; sv=Fysioterapi; hu=Fizioterápia; tr=Fizyoterapi; id=Fisioterapi
      department store | shopping | en=Department Store; de=Kaufhaus; fr=Grand Magasin; es=Grandes Almacenes; it=Grandi Magazzini; nl=Warenhuis; pl=Dom Towarowy; sv=Varuhus; hu=Áruház; tr=Alışveriş Merkezi; id=Pusat Perbelanjaan
      clothing | shopping | en=Menswear; de=Modehaus; fr=Prêt-à-Porter; es=Tienda de Ropa; pt=Roupas; it=Abbigliamento; nl=Kledingwinkel; pl=Odzież; sv=Kläder; hu=Divatbolt; tr=Giyim; id=Toko Baju
      shoes | shopping | en=Footwear; de=Schuhhaus; fr=Chaussures; es=Zapatería; pt=Sapataria; it=Calzature; nl=Schoenen; pl=Obuwie; sv=Skobutik; hu=Cipőbolt; tr=Ayakkabı; id=Toko Sepatu
      bookshop | shopping | en=Booksellers; de=Buchhandlung; fr=Librairie; es=Librería; pt=Livraria; it=Libreria; nl=Boekhandel; pl=Księgarnia; sv=Bokhandel; hu=Könyvesbolt; tr=Kitabevi; id=Toko Buku
      stationer and newsagent | shopping | en=Newsagents; de=Schreibwaren; fr=Papeterie; es=Papelería; pt=Papelaria; it=Cartoleria; nl=Kantoorboekhandel; pl=Artykuły Papiernicze; sv=Pressbyrån; hu=Dohánybolt; tr=Kırtasiye; id=Alat Tulis
      toys | shopping | en=Toy Shop; de=Spielwaren; fr=Jouets; es=Juguetería; pt=Brinquedos; it=Giocattoli; nl=Speelgoed; pl=Zabawki; sv=Leksaker; hu=Játékbolt; tr=Oyuncakçı; id=Toko Mainan
      electronics and appliances | shopping | en=Electronics; de=Elektrofachmarkt; fr=Électroménager; es=Electrodomésticos; pt=Eletrodomésticos; it=Elettrodomestici; nl=Witgoed; pl=RTV AGD; sv=Vitvaror; hu=Háztartási Gép; tr=Beyaz Eşya; id=Elektronik
      hardware | shopping | en=Hardware Store; de=Baumarkt; fr=Quincaillerie; es=Ferretería; pt=Materiais de Construção; it=Ferramenta; nl=Bouwmarkt; pl=Market Budowlany; sv=Järnhandel; hu=Vasbolt; tr=Hırdavat; id=Toko Besi
      furniture | shopping | en=Furniture; de=Möbelhaus; fr=Meubles; es=Mueblería; pt=Móveis; it=Arredamenti; nl=Meubelzaak; pl=Meble; sv=Möbler; hu=Bútorbolt; tr=Mobilya; id=Toko Mebel
      garden and florist | shopping | en=Garden Centre; de=Blumenladen; fr=Fleuriste; es=Floristería; pt=Floricultura; it=Fioraio; nl=Tuincentrum; pl=Kwiaciarnia; sv=Blomsterhandel; hu=Virágbolt; tr=Çiçekçi; id=Toko Bunga
      jeweller | shopping | en=Jewellers; de=Juwelier; fr=Bijouterie; es=Joyería; pt=Ourivesaria; it=Gioielleria; nl=Juwelier; pl=Jubiler; sv=Guldsmed; hu=Ékszerbolt; tr=Kuyumcu; id=Toko Emas
      sports and bicycles | shopping | en=Sports Shop; de=Sporthaus; fr=Articles de Sport; es=Artículos Deportivos; pt=Artigos Desportivos; it=Articoli Sportivi; nl=Fietsenwinkel; pl=Sklep Sportowy; sv=Cykelbutik; tr=Bisiklet; id=Toko Olahraga
      pet shop | shopping | en=Pet Supplies; de=Zoohandlung; fr=Animalerie; es=Tienda de Mascotas; pt=Pet Shop; it=Negozio Animali; nl=Dierenwinkel; pl=Sklep Zoologiczny; sv=Djuraffär; hu=Állatkereskedés; id=Toko Hewan
      gifts and second hand | shopping | en=Charity Shop; de=Geschenkartikel; fr=Brocante; es=Tienda de Regalos; pt=Artesanato; it=Mercatino; nl=Kringloopwinkel; pl=Antykwariat; sv=Loppis; hu=Ajándékbolt; tr=Hediyelik Eşya; id=Oleh Oleh
      gym | subscriptions | en=Fitness Centre; de=Fitnessstudio; fr=Salle de Sport; es=Gimnasio; it=Palestra; nl=Sportschool; pl=Siłownia; sv=Gym; hu=Edzőterem; tr=Spor Salonu; id=Pusat Kebugaran
      """;

  private record Row(String concept, String category, String language, String name) {}

  private static List<Row> checklist() {
    List<Row> rows = new ArrayList<>();
    for (String line : CHECKLIST.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      for (String entry : parts[2].split(";", -1)) {
        String[] kv = entry.split("=", -1);
        String language = kv[0].strip();
        rows.add(
            new Row(
                parts[0].strip(),
                parts[1].strip(),
                language,
                kv[1].strip() + " " + Objects.requireNonNull(LOCAL.get(language)).proper()));
      }
    }
    return rows;
  }

  static Stream<Arguments> shops() {
    return checklist().stream()
        .map(
            r ->
                Arguments.of(
                    r.concept() + " " + r.language(),
                    String.format(Objects.requireNonNull(LOCAL.get(r.language())).card(), r.name()),
                    r.category()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("shops")
  void cardPayment_atAShopNamedByItsTrade_getsTheTradesCategoryByAWord(
      String concept, String description, String category) {
    assertCategoryByAWord("-23.40", description, category);
  }

  /** The category, decided by a word: not by the fallback of unknown card merchants. */
  private static void assertCategoryByAWord(String amount, String description, String category) {
    Item i = WorldRulesTest.prepared(amount, description);
    assertThat(i.category()).as(i.ruleId()).isEqualTo(category);
    assertThat(i.ruleId()).isNotEqualTo(Categorizer.CARD_RULE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("shops")
  void sameDescriptionAsACredit_isNotTaken(String concept, String description, String category) {
    assertThat(WorldRulesTest.prepared("23.40", description).category()).isNotEqualTo(category);
  }

  @Test
  void checklist_coversEveryConceptInAtLeastSevenLanguagesAndTwelveOverall() {
    Map<String, Integer> languages = new LinkedHashMap<>();
    checklist().forEach(r -> languages.merge(r.concept(), 1, Integer::sum));
    assertThat(languages).hasSizeGreaterThanOrEqualTo(60);
    assertThat(languages.values()).allMatch(n -> n >= 7);
    assertThat(checklist().stream().map(Row::language).distinct()).hasSize(12);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // further languages: Greek script and Latin letters, Czech, Danish, Norwegian, Finnish,
        // Romanian, Croatian, Swahili, Tagalog, romanised Hindi, Indian, Kenyan, Nigerian English
        "-8.20 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Ψαράδικο Γαλήνη ΠΕΙΡΑΙΑΣ | groceries",
        "-6.10 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Ζαχαροπλαστείο Ήλιος ΠΑΤΡΑ | dining",
        "-12.00 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Φαρμακείο Κ. Δήμου ΛΑΡΙΣΑ | healthcare",
        "-14.00 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Ξενοδοχείο Αστέρι ΧΑΝΙΑ | travel",
        "-9.00 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Psaradiko Galini PIREAS | groceries",
        "-21.00 | Platba kartou Řeznictví a uzenářství Horák TÁBOR | groceries",
        "-33.00 | Platba kartou Lékárna U Zlatého Lva TÁBOR | healthcare",
        "-45.00 | Dankort køb Slagteri Havblik ODENSE | groceries",
        "-18.00 | Dankort køb Blomsterbutik Lyngen ODENSE | shopping",
        "-60.00 | Varekjøp Bensinstasjon Fjordlys Dato 03.03 | fuel",
        "-13.00 | Varekjøp Gullsmed Nordlys Dato 03.03 | shopping",
        "-11.00 | KORTTIOSTO Kukkakauppa Vanamo TAMPERE | shopping",
        "-38.00 | KORTTIOSTO Rautakauppa Kivi TAMPERE | shopping",
        "-7.00 | Cumparare POS Florărie Mărgăreta CLUJ RO | shopping",
        "-22.00 | Cumparare POS Cofetărie Dulce CLUJ RO | dining",
        "-15.00 | Kupnja POS Ribarnica Galeb SPLIT HR | groceries",
        "-90.00 | Kupnja POS Rent a Car Jadran SPLIT HR | travel",
        "-5.00 | POS PURCHASE Duka la Dawa Baraka MOMBASA KE | healthcare",
        "-4.00 | POS PURCHASE Mama Njeri Boda Boda NAIROBI KE | transport",
        "-6.00 | POS PURCHASE Aling Nena Karinderya CEBU PH | dining",
        "-30.00 | POS 913591XXXXXX0271 Sharma Kirana Bhandar PUNE | groceries",
        "-12.00 | POS 913591XXXXXX0271 Gupta Chashma Ghar PUNE | healthcare",
        "-80.00 | POS 913591XXXXXX0271 Shree Ganesh Tours and Travels PUNE | travel",
        "-9.00 | POS/WEB 539983******4321 Mama Chidi Buka LAGOS NG | dining",
        // compound heads found inside a word
        "-16.00 | Kartenzahlung girocard Landmetzgerei Huber TRAUNSTEIN 03.03. | groceries",
        "-4.50 | BEA, Betaalpas Dorpsbakkerij Van Vliet,PAS123 ZWOLLE | dining",
        "-95.00 | KORTKÖP 250303 Stadsoptik Solrosen VÄXJÖ | healthcare",
        // English trade words of the fixtures' style
        "-44.00 | CARD PAYMENT TO PRAIRIE GAS MART ON 03 MAR | fuel",
        "-19.00 | CARD PAYMENT TO STAYNEST LODGING ON 03 MAR | travel",
        "-26.00 | CARD PAYMENT TO CORNERSTONE CHEMISTS ON 03 MAR | healthcare",
        "-35.00 | CARD PAYMENT TO MAPLEWOOD LIQUOR STORE ON 03 MAR | groceries",
        "-9.00 | CARD PAYMENT TO RIVERBEND TAPROOM ON 03 MAR | dining",
      })
  void furtherLanguages_cardPayment_getsTheTradesCategory(
      String amount, String description, String category) {
    assertCategoryByAWord(amount, description, category);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a trade word in a person's name or in a transfer's words: still a transfer
        "-50.00 | FASTER PAYMENT TO JOHN BAKER REF DINNER | transfers",
        "-50.00 | Überweisung an Anna Fischer Geschenk | transfers",
        "-50.00 | Überweisung an Max Kaufmann Auslage | transfers",
        "-50.00 | Transferencia a Lucía Flores regalo | transfers",
        "-50.00 | Overboeking naar J. Bakker | transfers",
        "-50.00 | Przelew na telefon Jan Kowalski | transfers",
        "-50.00 | Átutalás Virág Anna részére | transfers",
        // pension saving is not a guesthouse; a pension received is income
        "-120.00 | SEPA-Lastschrift Pensionskasse der Chemie Beitrag | insurance",
        "-120.00 | DIRECT DEBIT HARBOUR PENSION PLAN | insurance",
        "-120.00 | ADDEBITO SDD FONDO PENSIONE LAVORATORI | insurance",
        "1200.00 | Gutschrift Pension Mai | income",
        // a bill's word stays a bill's without a card; a shop's word wins at a till
        "-60.00 | DIRECT DEBIT HEARTLAND GAS CO | utilities",
        "-40.00 | SEPA-Lastschrift Stadtwerke Fernwärme Abschlag | utilities",
        "-35.00 | Polecenie zapłaty Wodociągi Miejskie | utilities",
        "-28.00 | E-LASKU Kaukolämpö Oy VIITE 123 | utilities",
        "-44.00 | CARD PAYMENT TO HEARTLAND GAS MART ON 03 MAR | fuel",
        "-12.00 | Kartenzahlung Kiosk am Markt WIEN | shopping",
      })
  void tradeWordInANameOrABill_keepsItsOwnCategory(String amount, String text, String category) {
    assertThat(WorldRulesTest.prepared(amount, text).category()).isEqualTo(category);
  }
}
