package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The default category rules. Each line: rule id, category, direction, keywords. Keywords are
 * matched on folded text (lower case, accents removed, punctuation as spaces) as whole words or
 * phrases; {@code word*} matches words that start with {@code word}, {@code *word*} words that
 * contain it. When several rules match, the one listed first wins, so specific rules come before
 * general ones. Keywords cover English, German, Dutch, French, Spanish, Italian, Portuguese, Czech,
 * Swedish and Polish, plus Indian and US bank shorthand; docs/analysis.md lists the rationale.
 */
final class DefaultRules {
  /** One default rule. */
  record Rule(int order, String id, String category, Direction direction, List<String> keywords) {}

  // id | category | direction | keywords
  private static final String TABLE =
      """
      default.fees.bounce | fees | OUT | return charges, return charge, returned item fee, return item fee, returned payment fee, return fee, bounce charges, bounce charge, bounced cheque charges, cheque return charges, chq return charges, dishonour fee, dishonour charges, ecs return charges, nach return charges, rucklastschriftgebuhr*, rucklastschrift entgelt, storno entgelt, frais de rejet, frais rejet, comision devolucion, commissione insoluto, poplatek za vraceni, rtn chgs, return chgs, nach rtn chgs, ecs rtn chgs, ach rtn chgs, entgelt rucklastschrift, gebuhr rucklastschrift, rucklastschriftentgelt, unpaid item charge, unpaid dd charge, returned dd fee, kosten storno, storno kosten, frais rejet prlv, frais de rejet de prelevement, comision devolucion recibo, commissione insoluto sdd, oplata za odmowe, nsf returned item fee
      default.fees.overdraft | fees | OUT | overdraft fee, overdraft fees, overdraft charge, overdraft interest, od fee, od interest, uberziehungszins*, ueberziehungszins*, uberziehungsentgelt, sollzins*, debetrente, rood staan, frais de decouvert, agios, commission d intervention, comision descubierto, intereses descubierto, commissione scoperto, commissione di massimo scoperto, interessi passivi, juros descoberto, descoberto, uroky z precerpani, overtrasseringsavgift, odsetki debetowe
      default.fees.nsf | fees | OUT | insufficient funds, insufficient fund, nsf, non sufficient funds, unpaid item fee, unpaid fee
      default.refunds | refunds | IN | refund, refunds, merchant credit, purchase return, card purchase return, merchandise return, erstattung, ruckerstattung, ruckvergutung, terugbetaling, restitutie, remboursement, reembolso, rimborso, estorno, vraceni platby, aterbetalning, zwrot
      default.returned.in | returned_payments | IN | return, returned, bounced, unpaid, reversal, reversed, rucklastschrift, ruckbuchung, storno, stornierung, terugboeking, storno*, stornering, rejet, impaye, devolucion, devuelto, devolvido, insoluto, stornato, vratka, zwrot polecenia, zwrot polecenia zaplaty, nach rtn, ach rtn, ecs rtn, returned ach, returned ach item, unpaid direct debit, storno incasso, rejet prlv, devolucion recibo, storno addebito, insufficient bal
      default.returned.out | returned_payments | OUT | cheque return, cheque returned, chq return, chq ret, returned cheque, returned check, check returned, deposit returned, deposited item returned, inward return
      default.salary | salary | IN | salary, salaries, payroll, wages, wage, gehalt*, lohn, lohnzahlung, bezuge, entgeltzahlung, salaris, loon, salaire, paie, nomina, sueldo, stipendio, retribuzione, salario, vencimento, ordenado, mzda, vyplata mzdy, loneutbetalning, lonutbetalning, wynagrodzenie, pensja, sal cr
      default.income.benefits | income | IN | pension, kindergeld, elterngeld, arbeitslosengeld, uitkering, kinderbijslag, allocations familiales, allocation familiale, prestacion, pensione, aposentadoria, pensao, duchod, barnbidrag, emerytura, zasilek, benefit, benefits, child benefit, social security, ssa treas
      default.income.deposit | income | IN | check deposit, cheque deposit, chq dep, mobile deposit, remote online deposit, branch deposit, clg, clearing
      default.interest | interest | ANY | interest, interest earned, interest payment, interest paid, zinsen, zins, habenzins*, guthabenzins*, rente, creditrente, interets, interes, intereses, interessi, juros, urok, uroky, ranta, odsetki, int pd, int cr
      default.taxes | taxes | ANY | tax, taxes, tax refund, irs, hmrc, finanzamt, steuer*, kfz steuer, belastingdienst, belasting*, impots, impot, dgfip, hacienda, aeat, impuesto*, agenzia entrate, f24, imposta, irpef, financas, imposto*, danovy, financni urad, skatteverket, skatt, urzad skarbowy, podatek*, advance tax, tds
      default.loan | loan_repayment | OUT | loan, loans, loan repayment, emi, instalment*, installment*, darlehen*, tilgung, ratenzahlung, kreditrate, lening, aflossing, pret, echeance pret, prestamo, cuota prestamo, finanziamento, rata mutuo, rata, emprestimo, prestacao, splatka, splatka uveru, avbetalning, amortering, rata kredytu, pozyczka, kredyt*, auto loan, student loan, car finance, car loan, ach loan
      default.rent | rent_mortgage | OUT | rent, rental, mortgage, landlord, property mgmt, property management, apartm*, miete, mietzahlung, hypothek*, huur, hypotheek, loyer, credit immobilier, alquiler, hipoteca, affitto, canone affitto, mutuo, aluguel, renda casa, najem, najemne, hypotek*, hyra, czynsz, hipoteczny
      default.insurance | insurance | OUT | insurance, insur*, assurance, assurances, versicherung*, verzekering*, assurantie*, mutuelle, seguro*, assicurazion*, pojist*, forsakring*, ubezpieczen*, allianz, axa, geico, lic, auto ins, home ins, life ins, health ins
      default.fees.general | fees | OUT | fee, fees, charge, charges, service charge, maintenance fee, commission, gebuhr, gebuhren, entgelt, kontofuhrung*, kontoentgelt, provision, bankkosten, kosten, frais, cotisation, comision, comisiones, commissione, commissioni, spese, tarifa, comissao, encargos, poplatek, poplatky, avgift, avgifter, oplata, prowizja, sms charges, annual fee, chgs, chrgs, chg
      default.fuel | fuel | OUT | fuel, *fuel*, petrol, gasoline, gas station, gas n go, tankstelle, tanken, aral, shell, esso, bp, tankstation, carburant, station service, gasolinera, carburante, benzin*, benzina, combustivel, gasolina, cerpaci stanice, bensin, circle k, preem, okq8, paliwo, orlen, stacja paliw, fuel stn, petroleum, indian oil, hpcl, bpcl, estacion de servicio, estacion servicio, stazione di servizio, distributore, totalenergies, total access, repsol, cepsa, galp, q8, agip, eni station, tamoil, filling station, conoco, chevron, exxon, exxonmobil, sunoco, lotos, petrol pump, bharat petroleum, hindustan petroleum, tinq, avia, jet tankstelle, star tankstelle
      default.utilities | utilities | OUT | electri*, electricity, energy, energie, gas co, gas company, natural gas, gas bill, gas, water, power, broadband, internet, wireless, mobile, telecom, phone, postpaid, strom, stadtwerke, wasser, nebenkosten, telekom, vodafone, o2, elektriciteit, eneco, ziggo, kpn, vattenfall, edf, engie, electricite, eau, gaz, orange, sfr, luz, agua, iberdrola, endesa, movistar, enel, bolletta, acqua, elettric*, energia, eletricidade, edp, elektrina, plyn, voda, telia, prad, woda, fibernet, fibre, fiber, cable, utility, utilities, water board, dth
      default.subscriptions | subscriptions | OUT | dc si, netflix, spotify, disney, hulu, prime video, amazon prime, apple com bill, itunes, youtube premium, dropbox, icloud, adobe, patreon, subscription, subscriptions, abonnement, abo, suscripcion, abbonamento, assinatura, predplatne, prenumeration, abonament, membership, gym, fitness, recurring, streaming, storage
      default.education | education | OUT | school, tuition, university, college, course, courses, schule, universitat, studiengebuhr*, kita, universiteit, ecole, universite, escuela, universidad, colegio, scuola, universita, escola, universidade, skola, univerzita, szkola, uczelnia, learn*, academy, akademie
      default.healthcare | healthcare | OUT | pharmacy, chemist, drugstore, apotheke, apotheek, pharmacie, farmacia, lekarna, apotek, apteka, doctor, arzt, huisarts, medecin, medico, lekar, lakare, lekarz, hospital, klinik, kliniek, clinic, clinique, clinica, dental, dentist, zahnarzt, tandarts, dentiste, dentista, medical, health, optician, optiker, dentistico, dentistic*, stomatolog*, farmacie, praxis, arztpraxis, ospedale, poliklinik, przychodnia, laboratorio, labor, physio*, fisioterapia, optometrist, apollo pharmacy, medplus, gabinet lekarski, walgreens, cvs pharmacy
      default.transport | transport | OUT | uber, lyft, taxi, cab, bolt, transit, railway, rail, train, bahn, db vertrieb, bvg, mvg, hvv, ns reizen, ov chipkaart, gvb, sncf, ratp, navigo, renfe, trenitalia, comboios, cd cz, sj, pkp, mpk, parking, parken, parkeren, parkhaus, peage, toll, maut, rides, ola, metro, bus, tram, fernverkehr, db fernverkehr, deutsche bahn, trenord, italo, ns reizigers, reizigers, trainline, taxis, tfl, oyster, amtrak, rtd, cercanias, emt, atac, ztm, intercity, flixbus, blablacar, uber trip, rapido, freenow, free now, autopista
      default.travel | travel | OUT | airline*, airways, airlines, hotel*, lodging, airbnb, booking com, expedia, lufthansa, klm, ryanair, easyjet, hostel, motel, flight*, vuelo, volo, reisebuero, reiseburo, voyage*, viaje*, viaggi*, viagem, cestovni, podroz*, travel, resort, makemytrip, irctc
      default.dining | dining | OUT | restaurant*, cafe, coffee, starbucks, mcdonalds, burger*, pizza*, kitchen, bistro, pub, bar, food delivery, deliveroo, uber eats, lieferando, thuisbezorgd, just eat, glovo, zomato, swiggy, restaurante, ristorante, trattoria, pizzeria, gaststatte, eetcafe, brasserie, cafeteria, restaurace, kavarna, hospoda, restaurang, kafe, restauracja, kawiarnia, bhojanalaya, chai, dhaba, diner, bakery, backerei, bakkerij, boulangerie, panaderia, forno, padaria, wok, chipotle, bagel*, bbq, grill, taqueria, sushi, kebab, doner, imbiss, bistrot, creperie, cerveceria, tasca, osteria, pasticceria, gelateria, eethuis, snackbar, bar mleczny, pierogarnia, canteen, kantine, mensa, tapas, meson, taverna, donut*, udupi, biryani, dosa
      default.groceries | groceries | OUT | grocery, groceries, supermarket, supermarkt*, supermarche, supermercado, supermercato, hypermarche, market, markt, foods, kirana, aldi, lidl, rewe, edeka, netto, penny, kaufland, albert heijn, jumbo, carrefour, leclerc, auchan, intermarche, mercadona, esselunga, coop, conad, pingo doce, continente, billa, tesco, sainsbury*, ica, hemkop, willys, biedronka, zabka, lebensmittel, whole foods, safeway, kroger, trader joe*, bigbasket, dmart, freshkart, grocer, grocers, spozywczy, spozywcze, sklep spozywczy, consum, monoprix, franprix, king soopers, sprouts, publix, eroski, alcampo, hipercor, spar, epicerie, alimentari, alimentacion, greengrocer, reliance fresh, bioladen, delicatessen, carniceria, fruteria, boucherie, metzgerei, slagerij, macelleria, warzywniak, polomarket, dino, stokrotka, lewiatan, provision store, big bazaar, spencers
      default.gambling | gambling | ANY | casino, bet365, betfair, lottery, lotto, poker, bwin, paddy power, william hill, betting, sportwetten, tipico, wetten, holland casino, toto, fdj, pmu, loterias, apuestas, sisal, snai, lottomatica, scommesse, santa casa, tipsport, fortuna, svenska spel, atg, unibet, totalizator, sts, gambling, draftkings, fanduel, dream11, betway
      default.shopping | shopping | OUT | amazon, amzn, ebay, zalando, ikea, walmart, target, shop, store, stores, *shop*, online order, apparel, clothing, outfitters, mall, media markt, mediamarkt, saturn, bol com, hema, fnac, decathlon, el corte ingles, zara, primark, allegro, marketplace, home goods, hyper, bazaar, boutique, flipkart, myntra, etsy, aliexpress, temu, shein, supercenter, books, bookstore, buchhandlung, libreria, boekhandel, librairie, boekhandel, modehaus, mode, kaufhaus, abbigliamento, zapateria, zapatos, ropa, vetements, empik, ksiegarnia, hardware, baumarkt, bricolage, ferreteria, ferramenta, bouwmarkt, hornbach, obi, leroy merlin, supply, supplies, elektronik, electronics, croma, intersport, tk maxx, drogerie, dm drogerie, rossmann, kruidvat, douglas, sephora, optik, jeweler*, schuh*, calzature, barnes noble, best buy, home depot, lowes, costco
      default.cash.withdrawal | cash_withdrawal | OUT | atm, cash withdrawal, withdrawal, cash, geldautomat, bargeld, barabhebung, bargeldauszahlung, geldopname, geldautomaat, pinautomaat, retrait, dab, retiro, cajero, prelievo, bancomat, levantamento, multibanco, vyber, bankomat, uttag, wyplata, atw, nwd, cash wdl, ga nr, gaa, bankomat wyplata, cash machine
      default.cash.deposit | cash_deposit | IN | cash deposit, cash, einzahlung, bareinzahlung, storting, versement especes, ingreso efectivo, versamento contanti, deposito contanti, deposito, vklad, insattning, wplata gotowki, wplata, cash dep, by cash
      default.transfers | transfers | ANY | transfer, transfers, xfer, sent to, received from, payment to, payment from, zelle, venmo, paypal, quikpay, upi, imps, neft, rtgs, uberweisung, ueberweisung, dauerauftrag, overboeking, overschrijving, tikkie, virement, transferencia, bizum, bonifico, giroconto, mbway, mb way, prevod, platba, overforing, swish, przelew, blik, standing order, p2p, vir, vir sepa, faster payment, fpi, fpo, bizum enviado, bizum recibido, przelew na telefon
      """;

  private static final List<Rule> RULES = parse();

  private DefaultRules() {}

  static List<Rule> rules() {
    return RULES;
  }

  private static List<Rule> parse() {
    List<Rule> out = new ArrayList<>();
    for (String line : TABLE.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      List<String> keywords = new ArrayList<>();
      for (String k : parts[3].split(",", -1)) {
        String kw = k.strip().toLowerCase(Locale.ROOT);
        if (!kw.isEmpty()) {
          keywords.add(kw);
        }
      }
      out.add(
          new Rule(
              out.size(),
              parts[0].strip(),
              parts[1].strip(),
              Direction.valueOf(parts[2].strip()),
              List.copyOf(keywords)));
    }
    return List.copyOf(out);
  }
}
