package io.github.bsa.core.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns trailing locations from the statements themselves: a last word that follows the names of
 * at least {@value #MIN_PAYEES} different payees (the town printed after card payments, "Leipzig",
 * "Bengaluru") and that is no category keyword ("market", "store") is a place, and is removed from
 * the end of every name, so one merchant groups across the towns it is paid in. In the same way,
 * leading words written before many payees' names are a payment channel and are removed from the
 * start. Confined to one run.
 */
final class Locations {
  static final int MIN_PAYEES = 3;

  private Locations() {}

  static void strip(Items items, Categorizer categorizer) {
    // names repeat (one instance per distinct text): look at each instance, then each key, once
    IdentityHashMap<CounterpartyNormalizer.Name, CounterpartyNormalizer.Name> done =
        new IdentityHashMap<>();
    // the names of the rows (a name table may hold an id no row has)
    Items.Distinct<CounterpartyNormalizer.Name> names = items.names();
    boolean[] used = new boolean[names.size()];
    for (int row = 0; row < items.size(); row++) {
      used[items.nameId[row]] = true;
    }
    for (int id = 0; id < used.length; id++) {
      if (used[id]) {
        done.put(names.get(id), names.get(id));
      }
    }
    boolean anyPlace = false;
    Set<String> places = places(new HashSet<>(done.values()), categorizer);
    if (!places.isEmpty()) {
      anyPlace = true;
      Map<CounterpartyNormalizer.Name, CounterpartyNormalizer.Name> stripped = new HashMap<>();
      done.replaceAll((k, v) -> stripped.computeIfAbsent(v, n -> without(n, places)));
    }
    // a second round: a place printed before another trailing word the first round removed (the
    // card word some banks write last: "X LUGANO CARTA") is last only once that word is gone; it
    // goes only where its payee is seen with two places or more ("X LUGANO", "X LOCARNO"), so a
    // town in one firm's name stays ("Region Uppsala", "Metro de Medellin")
    Set<String> varying = varyingPlaces(new HashSet<>(done.values()), places, categorizer);
    if (!varying.isEmpty()) {
      anyPlace = true;
      Map<CounterpartyNormalizer.Name, CounterpartyNormalizer.Name> stripped = new HashMap<>();
      done.replaceAll((k, v) -> stripped.computeIfAbsent(v, n -> withoutPair(n, varying)));
    }
    Set<String> channels = channels(done.values(), categorizer, places);
    if (!channels.isEmpty()) {
      Map<CounterpartyNormalizer.Name, CounterpartyNormalizer.Name> stripped = new HashMap<>();
      done.replaceAll((k, v) -> stripped.computeIfAbsent(v, n -> withoutChannel(n, channels)));
    }
    if (!anyPlace && channels.isEmpty()) {
      return;
    }
    for (int id = 0; id < used.length; id++) {
      if (used[id]) {
        names.replace(id, done.getOrDefault(names.get(id), names.get(id)));
      }
    }
  }

  /** Last words that follow at least {@value #MIN_PAYEES} different first words. */
  private static Set<String> places(
      java.util.Collection<CounterpartyNormalizer.Name> names, Categorizer categorizer) {
    Map<String, Set<String>> firstsByLast = new HashMap<>();
    for (CounterpartyNormalizer.Name n : names) {
      String[] t = n.key().split(" ", -1);
      if (t.length >= 2) {
        firstsByLast.computeIfAbsent(t[t.length - 1], k -> new HashSet<>()).add(t[0]);
      }
    }
    Set<String> places = new HashSet<>();
    for (Map.Entry<String, Set<String>> e : firstsByLast.entrySet()) {
      String word = e.getKey();
      if (e.getValue().size() >= MIN_PAYEES
          && word.length() > 2
          && !categorizer.isKeyword(word.toLowerCase(Locale.ROOT))) {
        places.add(word);
      }
    }
    return places;
  }

  /**
   * The second round's places, as "payee place" pairs of the last two words: a new last word that
   * follows at least {@value #MIN_PAYEES} different first words, kept only after a payee word (of
   * three letters or more) that is seen before two such places or more. Empty unless the first
   * round found places.
   */
  private static Set<String> varyingPlaces(
      java.util.Collection<CounterpartyNormalizer.Name> names,
      Set<String> firstRound,
      Categorizer categorizer) {
    if (firstRound.isEmpty()) {
      return Set.of();
    }
    Set<String> places = places(names, categorizer);
    if (places.isEmpty()) {
      return Set.of();
    }
    Map<String, Set<String>> placesByPrevious = new HashMap<>();
    for (CounterpartyNormalizer.Name n : names) {
      String key = n.key();
      int last = key.lastIndexOf(' ');
      if (last < 0 || !places.contains(key.substring(last + 1))) {
        continue;
      }
      String previous = key.substring(key.lastIndexOf(' ', last - 1) + 1, last);
      if (previous.length() >= 3) {
        placesByPrevious
            .computeIfAbsent(previous, k -> new HashSet<>())
            .add(key.substring(last + 1));
      }
    }
    Set<String> pairs = new HashSet<>();
    placesByPrevious.forEach(
        (previous, after) -> {
          if (after.size() >= 2) {
            after.forEach(p -> pairs.add(previous + " " + p));
          }
        });
    return pairs;
  }

  private static CounterpartyNormalizer.Name withoutPair(
      CounterpartyNormalizer.Name n, Set<String> pairs) {
    String key = n.key();
    int last = key.lastIndexOf(' ');
    if (last < 0 || !pairs.contains(key.substring(key.lastIndexOf(' ', last - 1) + 1))) {
      return n;
    }
    String display = n.display();
    int ds = display.lastIndexOf(' ');
    if (ds > 0
        && Text.stripMarks(display.substring(ds + 1))
            .toUpperCase(Locale.ROOT)
            .equals(key.substring(last + 1))) {
      display = display.substring(0, ds);
    }
    return new CounterpartyNormalizer.Name(key.substring(0, last), display);
  }

  /**
   * Leading words that the bank writes before the names of at least {@value #MIN_PAYEES} different
   * payees ("TWINT X", "BG X", "Bancontact X") and that no category keyword names: a payment
   * channel no word list knows, learnt from the statement's own layout. A next word counts only if
   * it follows fewer than {@value #MIN_PAYEES} leads itself: the towns after a merchant written
   * first follow many merchants, a payee's name follows its channel. One word only: two words
   * followed by several others are as often a person's name followed by the memos of their
   * transfers ("Lucia Fernandez cena", "... regalo").
   */
  private static Set<String> channels(
      java.util.Collection<CounterpartyNormalizer.Name> names,
      Categorizer categorizer,
      Set<String> places) {
    Map<String, Set<String>> nextByLead = new HashMap<>();
    Map<String, Set<String>> leadsByNext = new HashMap<>();
    for (CounterpartyNormalizer.Name n : new HashSet<>(names)) {
      String key = n.key();
      int space = key.indexOf(' ');
      if (space < 2) {
        continue;
      }
      String lead = key.substring(0, space);
      int end = key.indexOf(' ', space + 1);
      String next = end < 0 ? key.substring(space + 1) : key.substring(space + 1, end);
      nextByLead.computeIfAbsent(lead, x -> new HashSet<>()).add(next);
      leadsByNext.computeIfAbsent(next, x -> new HashSet<>()).add(lead);
    }
    Set<String> out = new HashSet<>();
    nextByLead.forEach(
        (lead, next) -> {
          // a channel's next words are payees' names, each written after few leads; a merchant
          // written first ("ZHOVOROK LUGANO") is followed by towns that follow many merchants. A
          // town's name that also trails card payments begins the names of the town's council,
          // buses and shops ("Thornbury Buses"): a place, never a channel
          long own =
              next.stream()
                  .filter(w -> leadsByNext.getOrDefault(w, Set.of()).size() < MIN_PAYEES)
                  .count();
          if (own >= MIN_PAYEES
              && !places.contains(lead)
              && lead.chars().allMatch(Character::isLetter)
              && !categorizer.isKeyword(lead.toLowerCase(Locale.ROOT))) {
            out.add(lead);
          }
        });
    return out;
  }

  private static CounterpartyNormalizer.Name withoutChannel(
      CounterpartyNormalizer.Name n, Set<String> channels) {
    String key = n.key();
    int space = key.indexOf(' ');
    if (space < 0 || !channels.contains(key.substring(0, space))) {
      return n;
    }
    String display = n.display();
    int ds = display.indexOf(' ');
    if (ds > 0
        && Text.stripMarks(display.substring(0, ds))
            .toUpperCase(Locale.ROOT)
            .equals(key.substring(0, space))) {
      display = display.substring(ds + 1);
    }
    return new CounterpartyNormalizer.Name(key.substring(space + 1), display);
  }

  private static CounterpartyNormalizer.Name without(
      CounterpartyNormalizer.Name n, Set<String> places) {
    List<String> key = new ArrayList<>(List.of(n.key().split(" ", -1)));
    List<String> display = new ArrayList<>(List.of(n.display().split(" ", -1)));
    boolean changed = false;
    // trailing places, but none that a name holds: after "of"/"de"/"di" ("Ayuntamiento de X"),
    // before a legal form the display keeps ("X Spa"), or the town a name carries when the card
    // payment was made in the same town ("Raststätte Kupferberg KUPFERBERG"; ADR 0420)
    String removed = null;
    while (key.size() >= 2
        && places.contains(key.get(key.size() - 1))
        && !key.get(key.size() - 1).equals(removed)
        && !CounterpartyWords.CITY_OF.contains(key.get(key.size() - 2))
        && !display.isEmpty()
        && Text.stripMarks(display.get(display.size() - 1))
            .toUpperCase(Locale.ROOT)
            .equals(key.get(key.size() - 1))) {
      removed = key.remove(key.size() - 1);
      display.remove(display.size() - 1);
      changed = true;
      // "San Marcos", "New York": the first word of a two-word place goes too
      if (key.size() >= 2 && CounterpartyWords.CITY_PREFIXES.contains(key.get(key.size() - 1))) {
        key.remove(key.size() - 1);
        display.remove(display.size() - 1);
      }
    }
    if (changed
        && key.size() == 2
        && key.get(1).length() == 2
        && CounterpartyWords.REGIONS.contains(key.get(1))) {
      // "Player PL Gdansk" becomes "Player PL", then "Player", as "Player PL" alone does
      key.remove(1);
      if (display.size() >= 2) {
        display.remove(display.size() - 1);
      }
    }
    return changed
        ? new CounterpartyNormalizer.Name(String.join(" ", key), String.join(" ", display))
        : n;
  }
}
