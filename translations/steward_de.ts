<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AbsenceAddCommand</name>
    <message>
        <source>Record that a person is away from one day to another; no rotation seats them then.</source>
        <translation>Hält fest, dass eine Person von einem Tag bis zu einem anderen abwesend ist; in dieser Zeit setzt keine Rotation sie ein.</translation>
    </message>
    <message>
        <source>The person, by email or exact name (required).</source>
        <translation>Die Person, nach E-Mail-Adresse oder genauem Namen (erforderlich).</translation>
    </message>
    <message>
        <source>The first day away (required).</source>
        <translation>Der erste Tag der Abwesenheit (erforderlich).</translation>
    </message>
    <message>
        <source>The last day away, included (default: the first day).</source>
        <translation>Der letzte Tag der Abwesenheit, einschließlich (Standard: der erste Tag).</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;parental leave&quot;.</source>
        <translation>Der Grund, z. B. „Elternzeit“.</translation>
    </message>
    <message>
        <source>absence add needs --person NAME_OR_EMAIL</source>
        <translation>absence add braucht --person NAME_OR_EMAIL</translation>
    </message>
    <message>
        <source>absence add needs --from YYYY-MM-DD</source>
        <translation>absence add braucht --from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--from: &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--to: &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--to: &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the absence runs backwards: --to %1 is before --from %2</source>
        <translation>die Abwesenheit läuft rückwärts: --to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <source>%1 is away from %2 to %3 (%4 day(s); absence id %5).</source>
        <translation>%1 ist vom %2 bis %3 abwesend (%4 Tag(e); Abwesenheits-ID %5).</translation>
    </message>
</context>
<context>
    <name>AbsenceListCommand</name>
    <message>
        <source>List the recorded absences, as a table, JSON or CSV.</source>
        <translation>Listet die erfassten Abwesenheiten auf, als Tabelle, JSON oder CSV.</translation>
    </message>
    <message>
        <source>Only this person&apos;s absences.</source>
        <translation>Nur die Abwesenheiten dieser Person.</translation>
    </message>
</context>
<context>
    <name>AbsenceRepository</name>
    <message>
        <source>An absence needs a person.</source>
        <translation>Eine Abwesenheit braucht eine Person.</translation>
    </message>
    <message>
        <source>An absence needs a valid first and last day.</source>
        <translation>Eine Abwesenheit braucht einen gültigen ersten und letzten Tag.</translation>
    </message>
    <message>
        <source>The absence runs backwards: from %1 to %2.</source>
        <translation>Die Abwesenheit läuft rückwärts: vom %1 bis %2.</translation>
    </message>
    <message>
        <source>Could not add the absence: %1</source>
        <translation>Die Abwesenheit konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the absence: %1</source>
        <translation>Die Abwesenheit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The absence no longer exists.</source>
        <translation>Die Abwesenheit existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the absence: %1</source>
        <translation>Die Abwesenheit konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>AddCommunityCommand</name>
    <message>
        <source>Add community %1</source>
        <translation>Community %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the integrity of the database and show its schema version.</source>
        <translation>Prüft die Integrität der Datenbank und zeigt ihre Schemaversion.</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>upgraded; the old file was kept as %1</source>
        <translation>aktualisiert; die alte Datei wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>the integrity check found problems</source>
        <translation>die Integritätsprüfung hat Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no database given: use --db FILE</source>
        <translation>keine Datenbank angegeben: --db DATEI verwenden</translation>
    </message>
</context>
<context>
    <name>CommunityAddCommand</name>
    <message>
        <source>Add a community of practice.</source>
        <translation>Fügt eine Community of Practice hinzu.</translation>
    </message>
    <message>
        <source>The name of the community.</source>
        <translation>Der Name der Community.</translation>
    </message>
    <message>
        <source>Its domain, e.g. &quot;site reliability&quot;.</source>
        <translation>Ihre Domäne, z. B. „Site Reliability“.</translation>
    </message>
    <message>
        <source>Its digital channel, e.g. #sre-guild.</source>
        <translation>Ihr digitaler Kanal, z. B. #sre-guild.</translation>
    </message>
    <message>
        <source>A short description.</source>
        <translation>Eine kurze Beschreibung.</translation>
    </message>
    <message>
        <source>Its cadence of rituals, e.g. &quot;fortnightly&quot;.</source>
        <translation>Der Rhythmus ihrer Rituale, z. B. „alle zwei Wochen“.</translation>
    </message>
    <message>
        <source>community add needs exactly one NAME</source>
        <translation>community add braucht genau einen NAMEN</translation>
    </message>
    <message>
        <source>Added community %1 (id %2).</source>
        <translation>Community %1 hinzugefügt (ID %2).</translation>
    </message>
</context>
<context>
    <name>CommunityListCommand</name>
    <message>
        <source>List the communities, as a table, JSON or CSV.</source>
        <translation>Listet die Communities auf, als Tabelle, JSON oder CSV.</translation>
    </message>
</context>
<context>
    <name>CommunityRepository</name>
    <message>
        <source>A community needs a name.</source>
        <translation>Eine Community braucht einen Namen.</translation>
    </message>
    <message>
        <source>A community named &apos;%1&apos; already exists.</source>
        <translation>Eine Community namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Could not add the community %1: %2</source>
        <translation>Die Community %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not save the community %1: %2</source>
        <translation>Die Community %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The community %1 no longer exists.</source>
        <translation>Die Community %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the community: %1</source>
        <translation>Die Community konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database did not answer PRAGMA %1.</source>
        <translation>Die Datenbank hat auf PRAGMA %1 nicht geantwortet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a Steward database.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Steward-Datenbank.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Steward database (it is not an SQLite file).</source>
        <translation>&apos;%1&apos; ist keine Steward-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: the folder does not exist.</source>
        <translation>&apos;%1&apos; kann nicht erstellt werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Steward database: %2</source>
        <translation>&apos;%1&apos; ist keine Steward-Datenbank: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a database.</source>
        <translation>&apos;%1&apos; kann nicht als Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite file but not a Steward database.</source>
        <translation>&apos;%1&apos; ist eine SQLite-Datei, aber keine Steward-Datenbank.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was saved by a newer version of Steward (schema %2; this version reads up to %3). Update Steward to open it; the file was not changed.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Steward-Version gespeichert (Schema %2; diese Version liest bis %3). Aktualisieren Sie Steward, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not write the backup &apos;%1&apos; before upgrading: %2</source>
        <translation>Die Sicherung &apos;%1&apos; konnte vor der Aktualisierung nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Upgrading to schema %1 failed: %2</source>
        <translation>Die Aktualisierung auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the sample database: about 120 people in three communities.</source>
        <translation>Erstellt die Beispieldatenbank: etwa 120 Personen in drei Communities.</translation>
    </message>
    <message>
        <source>Seed of the sample (same seed, same sample).</source>
        <translation>Startwert des Beispiels (gleicher Startwert, gleiches Beispiel).</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not %1</source>
        <translation>--seed braucht eine nicht negative ganze Zahl, nicht %1</translation>
    </message>
    <message>
        <source>Created the sample in %1: %2 people, %3 communities, %4 memberships.</source>
        <translation>Beispiel in %1 erstellt: %2 Personen, %3 Communities, %4 Mitgliedschaften.</translation>
    </message>
</context>
<context>
    <name>EditCommunityCommand</name>
    <message>
        <source>Edit community %1</source>
        <translation>Community %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>Line %1 does not end in CRLF.</source>
        <translation>Zeile %1 endet nicht auf CRLF.</translation>
    </message>
    <message>
        <source>Line %1 continues nothing.</source>
        <translation>Zeile %1 setzt keine vorherige Zeile fort.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not a content line.</source>
        <translation>Zeile %1 ist keine Inhaltszeile.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>There are no sessions to put in the calendar.</source>
        <translation>Es gibt keine Sitzungen, die in den Kalender eingetragen werden könnten.</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; has no UID.</source>
        <translation>Die Sitzung „%1“ hat keine UID.</translation>
    </message>
    <message>
        <source>Two sessions share the UID %1.</source>
        <translation>Zwei Sitzungen haben dieselbe UID %1.</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is not valid.</source>
        <translation>Die Serie „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; needs a start and a positive length.</source>
        <translation>Die Sitzung „%1“ braucht einen Beginn und eine positive Dauer.</translation>
    </message>
</context>
<context>
    <name>IgraphGraph</name>
    <message>
        <source>igraph could not compute %1: %2</source>
        <translation>igraph konnte %1 nicht berechnen: %2</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty Steward database.</source>
        <translation>Erstellt eine neue, leere Steward-Datenbank.</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new databases.</source>
        <translation>%1 existiert bereits; init erstellt nur neue Datenbanken.</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>%1 erstellt (Schemaversion %2).</translation>
    </message>
</context>
<context>
    <name>MastermindAddCommand</name>
    <message>
        <source>Start a mastermind group in a community with its members (4 to 8 work best).</source>
        <translation>Gründet eine Mastermind-Gruppe in einer Community mit ihren Mitgliedern (4 bis 8 funktionieren am besten).</translation>
    </message>
    <message>
        <source>The name of the group, unique in its community.</source>
        <translation>Der Name der Gruppe, eindeutig innerhalb ihrer Community.</translation>
    </message>
    <message>
        <source>The community, by name (required).</source>
        <translation>Die Community, nach Name (erforderlich).</translation>
    </message>
    <message>
        <source>The members, by email or exact name, comma-separated (required).</source>
        <translation>Die Mitglieder, nach E-Mail-Adresse oder genauem Namen, durch Kommas getrennt (erforderlich).</translation>
    </message>
    <message>
        <source>One more member, by email or exact name (for names with a comma; may repeat).</source>
        <translation>Ein weiteres Mitglied, nach E-Mail-Adresse oder genauem Namen (für Namen mit Komma; wiederholbar).</translation>
    </message>
    <message>
        <source>How often it meets, e.g. &quot;fortnightly&quot;.</source>
        <translation>Wie oft sie sich trifft, z. B. „alle zwei Wochen“.</translation>
    </message>
    <message>
        <source>The group&apos;s ground rules.</source>
        <translation>Die Grundregeln der Gruppe.</translation>
    </message>
    <message>
        <source>The day the members joined (default: today).</source>
        <translation>Der Tag, an dem die Mitglieder beigetreten sind (Standard: heute).</translation>
    </message>
    <message>
        <source>The group&apos;s notes may leave the app (groups are confidential by default).</source>
        <translation>Die Notizen der Gruppe dürfen die App verlassen (Gruppen sind standardmäßig vertraulich).</translation>
    </message>
    <message>
        <source>mastermind add needs exactly one NAME</source>
        <translation>mastermind add braucht genau einen NAME</translation>
    </message>
    <message>
        <source>mastermind add needs --community NAME</source>
        <translation>mastermind add braucht --community NAME</translation>
    </message>
    <message>
        <source>mastermind add needs at least one member: --members &quot;A,B,C,D&quot;</source>
        <translation>mastermind add braucht mindestens ein Mitglied: --members &quot;A,B,C,D&quot;</translation>
    </message>
    <message>
        <source>--joined: &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--joined: &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>no community is named %1</source>
        <translation>keine Community heißt %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Added the mastermind group %1 to %2 with %3 members (id %4).</source>
        <translation>Mastermind-Gruppe %1 mit %3 Mitgliedern zu %2 hinzugefügt (ID %4).</translation>
    </message>
</context>
<context>
    <name>MastermindListCommand</name>
    <message>
        <source>List the mastermind groups with their members, as a table, JSON or CSV.</source>
        <translation>Listet die Mastermind-Gruppen mit ihren Mitgliedern auf, als Tabelle, JSON oder CSV.</translation>
    </message>
    <message>
        <source>Only the groups of this community.</source>
        <translation>Nur die Gruppen dieser Community.</translation>
    </message>
    <message>
        <source>no community is named %1</source>
        <translation>keine Community heißt %1</translation>
    </message>
</context>
<context>
    <name>MastermindRepository</name>
    <message>
        <source>A mastermind group needs a name.</source>
        <translation>Eine Mastermind-Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>The mastermind group %1 needs a community.</source>
        <translation>Die Mastermind-Gruppe %1 braucht eine Community.</translation>
    </message>
    <message>
        <source>The mastermind group %1 needs at least one member.</source>
        <translation>Die Mastermind-Gruppe %1 braucht mindestens ein Mitglied.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the mastermind group %2.</source>
        <translation>%1 ist in der Mastermind-Gruppe %2 doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>the mastermind group %1 has %2 members; 4 to 8 work best.</source>
        <translation>die Mastermind-Gruppe %1 hat %2 Mitglieder; 4 bis 8 funktionieren am besten.</translation>
    </message>
    <message>
        <source>Could not add %1 to the group: %2</source>
        <translation>%1 konnte nicht zur Gruppe hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>A mastermind group named &apos;%1&apos; already exists in this community.</source>
        <translation>Eine Mastermind-Gruppe namens &apos;%1&apos; existiert in dieser Community bereits.</translation>
    </message>
    <message>
        <source>Could not add the mastermind group %1: %2</source>
        <translation>Die Mastermind-Gruppe %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not save the mastermind group %1: %2</source>
        <translation>Die Mastermind-Gruppe %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The mastermind group %1 no longer exists.</source>
        <translation>Die Mastermind-Gruppe %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the mastermind group: %1</source>
        <translation>Die Mastermind-Gruppe konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the member: %1</source>
        <translation>Das Mitglied konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>MemberSetCommand</name>
    <message>
        <source>Put a person at a participation level in a community; the change is recorded.</source>
        <translation>Setzt eine Person in einer Community auf eine Beteiligungsstufe; die Änderung wird festgehalten.</translation>
    </message>
    <message>
        <source>The community, by name.</source>
        <translation>Die Community, nach Name.</translation>
    </message>
    <message>
        <source>The person, by email or exact name.</source>
        <translation>Die Person, nach E-Mail-Adresse oder genauem Namen.</translation>
    </message>
    <message>
        <source>The participation level.</source>
        <translation>Die Beteiligungsstufe.</translation>
    </message>
    <message>
        <source>Why the level changed.</source>
        <translation>Warum sich die Stufe geändert hat.</translation>
    </message>
    <message>
        <source>When it changed (default: today).</source>
        <translation>Wann sie sich geändert hat (Standard: heute).</translation>
    </message>
    <message>
        <source>member set needs --%1</source>
        <translation>member set braucht --%1</translation>
    </message>
    <message>
        <source>unknown level %1: use observer, peripheral, active, core or steward</source>
        <translation>unbekannte Stufe %1: observer, peripheral, active, core oder steward verwenden</translation>
    </message>
    <message>
        <source>--date %1 is not a date in the form YYYY-MM-DD</source>
        <translation>--date %1 ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>no community is named %1</source>
        <translation>keine Community heißt %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 -&gt; %4 on %5.</source>
        <translation>%1 in %2: %3 -&gt; %4 am %5.</translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>A level change needs a valid date.</source>
        <translation>Eine Stufenänderung braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>Could not change the level: %1</source>
        <translation>Die Stufe konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not add the member: %1</source>
        <translation>Das Mitglied konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not record the level change: %1</source>
        <translation>Die Stufenänderung konnte nicht festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>NetworkAnalysis</name>
    <message>
        <source>Not enough memory for the analysis.</source>
        <translation>Nicht genug Arbeitsspeicher für die Analyse.</translation>
    </message>
    <message>
        <source>Building the graph</source>
        <translation>Graph wird aufgebaut</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Clustering and brokerage</source>
        <translation>Clustering und Brokerage</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Definitions (networkx&apos;s and igraph&apos;s, equal to 1e-9):
  ties: one undirected tie per pair of people who interacted; its weight is the sum of the
    interactions&apos; weights in both directions; interactions with oneself are dropped.
  degree: people tied to; in_degree / out_degree: people who addressed them / whom they addressed.
  strength: the sum of their ties&apos; weights (weighted with or without --weighted).
  betweenness: shortest paths through the person, each unordered pair of others counted once
    (Brandes); betweenness_normalized = betweenness / ((n-1)(n-2)/2), 0 below 3 people.
  closeness: over the r people they can reach, (r / sum of distances) x (r / (n-1)) - networkx&apos;s
    wf_improved, so people in small components score low; 0 when no one is reachable.
  harmonic: the sum of 1/distance to everyone else (unreachable people add 0), not normalised.
  clustering: Watts-Strogatz local clustering, 0 for degree &lt; 2; never weighted.
  coreness: the k-core number. articulation: removing the person splits their component.
  eigenvector: the leading eigenvector scaled so the highest is 1 (igraph); below 1e-12 shown as 0.
  constraint, effective_size: Burt&apos;s, as networkx computes them; null for people without ties.
  community: Louvain (igraph multilevel, resolution 1, seeded by --seed), numbered by first member;
    modularity is that partition&apos;s (null without ties).
  --weighted: betweenness, closeness and harmonic use distance = 1/weight (strong ties are short);
    eigenvector, constraint, effective_size and communities use the weight itself. Equally short
    paths are ties within igraph&apos;s relative 1e-10 (exactly equal in exact arithmetic).
  graph: density = 2m / (n(n-1)); components count isolated people; transitivity = 3 x triangles /
    connected triples (0 without triples); average_clustering = mean clustering over everyone;
    cross_team_share and ei_index = (external - internal) / all, over ties between two people
    who both have a team.
  --betweenness-samples K: betweenness from K sampled source people x n/K with its standard
    error (betweenness_error, normalised scale); closeness and harmonic are then estimated from
    the same sources within each component.</source>
        <translation>Definitionen (wie in networkx und igraph, gleich bis auf 1e-9):
  ties: eine ungerichtete Beziehung je Paar von Personen, die interagiert haben; ihr Gewicht ist die
    Summe der Gewichte der Interaktionen in beide Richtungen; Interaktionen mit sich selbst entfallen.
  degree: Personen, mit denen eine Beziehung besteht; in_degree / out_degree: Personen, die sie
    angesprochen haben / die sie angesprochen haben.
  strength: die Summe der Gewichte ihrer Beziehungen (gewichtet mit oder ohne --weighted).
  betweenness: kürzeste Wege durch die Person, jedes ungeordnete Paar anderer einmal gezählt
    (Brandes); betweenness_normalized = betweenness / ((n-1)(n-2)/2), 0 bei weniger als 3 Personen.
  closeness: über die r erreichbaren Personen (r / Summe der Abstände) x (r / (n-1)) - wf_improved
    von networkx, daher schneiden Personen in kleinen Komponenten niedrig ab; 0, wenn niemand
    erreichbar ist.
  harmonic: die Summe von 1/Abstand zu allen anderen (Unerreichbare tragen 0 bei), nicht normiert.
  clustering: lokales Clustering nach Watts-Strogatz, 0 bei Grad &lt; 2; nie gewichtet.
  coreness: die k-Kern-Zahl. articulation: Ohne die Person zerfällt ihre Komponente.
  eigenvector: der führende Eigenvektor, so skaliert, dass der höchste Wert 1 ist (igraph); Werte
    unter 1e-12 werden als 0 angezeigt.
  constraint, effective_size: nach Burt, wie networkx sie berechnet; null für Personen ohne
    Beziehungen.
  community: Louvain (igraph multilevel, Auflösung 1, Startwert aus --seed), nummeriert nach dem
    ersten Mitglied; modularity ist die Modularität dieser Aufteilung (null ohne Beziehungen).
  --weighted: betweenness, closeness und harmonic verwenden Abstand = 1/Gewicht (starke Beziehungen
    sind kurz); eigenvector, constraint, effective_size und Communities verwenden das Gewicht selbst.
    Gleich kurze Wege sind solche innerhalb der relativen Toleranz 1e-10 von igraph (in exakter
    Arithmetik genau gleich).
  graph: density = 2m / (n(n-1)); components zählt isolierte Personen mit; transitivity =
    3 x Dreiecke / verbundene Tripel (0 ohne Tripel); average_clustering = mittleres Clustering über
    alle; cross_team_share und ei_index = (extern - intern) / alle, über Beziehungen zwischen zwei
    Personen, die beide ein Team haben.
  --betweenness-samples K: betweenness aus K zufällig gewählten Ausgangspersonen x n/K mit
    Standardfehler (betweenness_error, normierte Skala); closeness und harmonic werden dann aus
    denselben Ausgangspersonen innerhalb jeder Komponente geschätzt.</translation>
    </message>
</context>
<context>
    <name>PairingPlanner</name>
    <message numerus="yes">
        <source>Pairing needs at least two participants (got %n).</source>
        <translation>
            <numerusform>Paarbildung braucht mindestens zwei Teilnehmende (erhalten: %n).</numerusform>
            <numerusform>Paarbildung braucht mindestens zwei Teilnehmende (erhalten: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The group size must be 2, 3 or 4 (got %1).</source>
        <translation>Die Gruppengröße muss 2, 3 oder 4 sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The number of rounds must be 1 to %1 (got %2).</source>
        <translation>Die Zahl der Runden muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 is listed twice among the participants.</source>
        <translation>%1 steht zweimal unter den Teilnehmenden.</translation>
    </message>
    <message>
        <source>There is no round %1 in this plan.</source>
        <translation>Dieser Plan hat keine Runde %1.</translation>
    </message>
    <message>
        <source>Choose two different people to swap.</source>
        <translation>Wählen Sie zwei verschiedene Personen zum Tauschen.</translation>
    </message>
    <message>
        <source>%1 is not in round %2.</source>
        <translation>%1 ist nicht in Runde %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are already in the same group.</source>
        <translation>%1 und %2 sind bereits in derselben Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>%n do-not-pair wish(es) could not be kept.</source>
        <translation>
            <numerusform>%n Wunsch, nicht gepaart zu werden, konnte nicht erfüllt werden.</numerusform>
            <numerusform>%n Wünsche, nicht gepaart zu werden, konnten nicht erfüllt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair meeting(s) repeat an earlier round of this plan.</source>
        <translation>
            <numerusform>%n Paartreffen wiederholt eine frühere Runde dieses Plans.</numerusform>
            <numerusform>%n Paartreffen wiederholen eine frühere Runde dieses Plans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipationLevel</name>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Peripher</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
</context>
<context>
    <name>PathMetrics</name>
    <message>
        <source>Not enough memory for the path metrics.</source>
        <translation>Nicht genug Arbeitsspeicher für die Pfadmetriken.</translation>
    </message>
    <message>
        <source>Shortest paths</source>
        <translation>Kürzeste Wege</translation>
    </message>
</context>
<context>
    <name>PeopleCsvImport</name>
    <message>
        <source>%1 people are named &apos;%2&apos;; add their email to tell them apart</source>
        <translation>%1 Personen heißen &apos;%2&apos;; fügen Sie ihre E-Mail-Adresse hinzu, um sie zu unterscheiden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is also on line %2</source>
        <translation>&apos;%1&apos; steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>start_date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>start_date &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>der Name fehlt</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; appears twice</source>
        <translation>die Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;name&apos;</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PeopleImportCommand</name>
    <message>
        <source>Import people from a CSV file (all rows or none).</source>
        <translation>Importiert Personen aus einer CSV-Datei (alle Zeilen oder keine).</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>people import needs exactly one FILE.csv</source>
        <translation>people import braucht genau eine DATEI.csv</translation>
    </message>
    <message>
        <source>steward-cli: note: ignored columns: %1</source>
        <translation>steward-cli: Hinweis: ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 Zeilen importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
</context>
<context>
    <name>PeopleListCommand</name>
    <message>
        <source>List everyone, as a table, JSON or CSV.</source>
        <translation>Listet alle Personen auf, als Tabelle, JSON oder CSV.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>No person is named or has the email &apos;%1&apos;.</source>
        <translation>Keine Person heißt &apos;%1&apos; oder hat diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 people are named &apos;%2&apos;; use their email instead.</source>
        <translation>%1 Personen heißen &apos;%2&apos;; verwenden Sie stattdessen ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 already has the email address %2.</source>
        <translation>%1 hat bereits die E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the person: %1</source>
        <translation>Die Person konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Output format: json or csv (default: a readable table).</source>
        <translation>Ausgabeformat: json oder csv (Standard: eine lesbare Tabelle).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json or csv</source>
        <translation>unbekanntes Format &apos;%1&apos;: json oder csv verwenden</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The time zone of the series is not known.</source>
        <translation>Die Zeitzone der Serie ist unbekannt.</translation>
    </message>
    <message>
        <source>The series needs a valid first date and start time.</source>
        <translation>Die Serie braucht ein gültiges erstes Datum und eine Startzeit.</translation>
    </message>
    <message>
        <source>A session must last between 1 minute and 24 hours (got %1 minutes).</source>
        <translation>Ein Termin muss zwischen 1 Minute und 24 Stunden dauern (erhalten: %1 Minuten).</translation>
    </message>
    <message>
        <source>A series repeats every 1 or more weeks or months (got an interval of %1).</source>
        <translation>Eine Serie wiederholt sich alle 1 oder mehr Wochen oder Monate (erhalten: Intervall %1).</translation>
    </message>
    <message>
        <source>A recurring series needs either a number of sessions or an end date.</source>
        <translation>Eine wiederkehrende Serie braucht entweder eine Anzahl Termine oder ein Enddatum.</translation>
    </message>
    <message>
        <source>Give a recurring series either a number of sessions or an end date, not both.</source>
        <translation>Geben Sie einer wiederkehrenden Serie entweder eine Anzahl Termine oder ein Enddatum, nicht beides.</translation>
    </message>
    <message>
        <source>A series needs at least one session (the count is %1).</source>
        <translation>Eine Serie braucht mindestens einen Termin (die Anzahl ist %1).</translation>
    </message>
    <message>
        <source>The series ends on %1, before its first session on %2.</source>
        <translation>Die Serie endet am %1, vor ihrem ersten Termin am %2.</translation>
    </message>
    <message>
        <source>%1 is not a day of the week.</source>
        <translation>%1 ist kein Wochentag.</translation>
    </message>
    <message>
        <source>The first session on %1 is not on one of the series&apos; days of the week.</source>
        <translation>Der erste Termin am %1 liegt nicht auf einem der Wochentage der Serie.</translation>
    </message>
    <message>
        <source>The week of the month must be 1 to 5, or -1 for the last one (got %1).</source>
        <translation>Die Woche des Monats muss 1 bis 5 sein, oder -1 für die letzte (erhalten: %1).</translation>
    </message>
    <message>
        <source>the last week</source>
        <translation>der letzten Woche</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>The first session on %1 is not in %2 of its month.</source>
        <translation>Der erste Termin am %1 liegt nicht in %2 seines Monats.</translation>
    </message>
    <message>
        <source>The series has no session on %1 to move or cancel.</source>
        <translation>Die Serie hat am %1 keinen Termin, der verschoben oder abgesagt werden könnte.</translation>
    </message>
    <message>
        <source>The session on %1 is changed twice.</source>
        <translation>Der Termin am %1 wird zweimal geändert.</translation>
    </message>
    <message>
        <source>The session of %1 is moved but has no valid new date and time.</source>
        <translation>Der Termin vom %1 wird verschoben, hat aber kein gültiges neues Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The moved session of %1 must last between 1 minute and 24 hours.</source>
        <translation>Der verschobene Termin vom %1 muss zwischen 1 Minute und 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>The session moved from %1 would overlap the session of %2.</source>
        <translation>Der vom %1 verschobene Termin würde sich mit dem Termin vom %2 überschneiden.</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RotationEngine</name>
    <message>
        <source>There is no seat %1 at meeting %2 of the plan.</source>
        <translation>Beim Treffen %2 des Plans gibt es keinen Platz %1.</translation>
    </message>
    <message>
        <source>The turn %1 held on %2 is history; it cannot be swapped or replaced.</source>
        <translation>Der am %2 wahrgenommene Einsatz von %1 ist vergangen; er kann nicht getauscht oder ersetzt werden.</translation>
    </message>
    <message>
        <source>The plan has changed since this edit, so it cannot be undone or redone.</source>
        <translation>Der Plan hat sich seit dieser Änderung geändert; sie kann daher nicht rückgängig gemacht oder wiederholt werden.</translation>
    </message>
    <message>
        <source>A seat cannot be swapped with itself.</source>
        <translation>Ein Platz kann nicht mit sich selbst getauscht werden.</translation>
    </message>
    <message>
        <source>Both seats are empty: there is nobody to swap.</source>
        <translation>Beide Plätze sind leer: Es gibt niemanden zu tauschen.</translation>
    </message>
    <message>
        <source>Both seats are held by %1.</source>
        <translation>Beide Plätze sind von %1 besetzt.</translation>
    </message>
    <message>
        <source>%1 already has a seat on %2.</source>
        <translation>%1 hat am %2 bereits einen Platz.</translation>
    </message>
    <message>
        <source>Person %1 is not in the rotation.</source>
        <translation>Person %1 ist nicht in der Rotation.</translation>
    </message>
    <message>
        <source>%1 already holds this seat.</source>
        <translation>%1 hat diesen Platz bereits.</translation>
    </message>
    <message>
        <source>Seat %1 on %2 is empty; it has no status.</source>
        <translation>Platz %1 am %2 ist leer; er hat keinen Status.</translation>
    </message>
</context>
<context>
    <name>RotationRepository</name>
    <message>
        <source>A hot-seat rotation belongs to a mastermind group.</source>
        <translation>Eine Hot-Seat-Rotation gehört zu einer Mastermind-Gruppe.</translation>
    </message>
    <message>
        <source>A %1 rotation belongs to a community.</source>
        <translation>Eine Rotation vom Typ %1 gehört zu einer Community.</translation>
    </message>
    <message>
        <source>A rotation needs at least one seat per meeting.</source>
        <translation>Eine Rotation braucht mindestens einen Platz pro Treffen.</translation>
    </message>
    <message>
        <source>An on-call rotation needs shifts of at least one day.</source>
        <translation>Eine Bereitschaftsrotation braucht Schichten von mindestens einem Tag.</translation>
    </message>
    <message>
        <source>Meeting %1 of the rotation has no date.</source>
        <translation>Treffen %1 der Rotation hat kein Datum.</translation>
    </message>
    <message>
        <source>The meetings of a rotation must be in date order without repeats (%1).</source>
        <translation>Die Treffen einer Rotation müssen ohne Wiederholung nach Datum geordnet sein (%1).</translation>
    </message>
    <message>
        <source>The meeting of %1 has %2 seats; the rotation has %3 per meeting.</source>
        <translation>Das Treffen vom %1 hat %2 Plätze; die Rotation hat %3 pro Treffen.</translation>
    </message>
    <message>
        <source>A seat dated %1 is filed under the meeting of %2.</source>
        <translation>Ein Platz mit Datum %1 ist unter dem Treffen vom %2 abgelegt.</translation>
    </message>
    <message>
        <source>Could not store seat %1 of %2: %3</source>
        <translation>Platz %1 vom %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not store the rotation: %1</source>
        <translation>Die Rotation konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not store the seat: %1</source>
        <translation>Der Platz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the rotation: %1</source>
        <translation>Die Rotation konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>RotationRequest</name>
    <message>
        <source>A rotation needs at least one person.</source>
        <translation>Eine Rotation braucht mindestens eine Person.</translation>
    </message>
    <message>
        <source>Person ids must be positive; got %1 for &quot;%2&quot;.</source>
        <translation>Personen-IDs müssen positiv sein; erhalten: %1 für „%2“.</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>Person %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Person %1 (&quot;%2&quot;) is listed twice.</source>
        <translation>Person %1 („%2“) ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>Opt-out for person %1, who is not in the rotation.</source>
        <translation>Abmeldung für Person %1, die nicht in der Rotation ist.</translation>
    </message>
    <message>
        <source>Everyone has opted out: nobody is left to take a seat.</source>
        <translation>Alle haben sich abgemeldet: Niemand bleibt, um einen Platz zu übernehmen.</translation>
    </message>
    <message>
        <source>Seats per meeting must be at least 1; got %1.</source>
        <translation>Plätze pro Treffen müssen mindestens 1 sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>%1 seats per meeting but only %2 eligible people.</source>
        <translation>%1 Plätze pro Treffen, aber nur %2 infrage kommende Personen.</translation>
    </message>
    <message>
        <source>Meeting %1 has no valid date.</source>
        <translation>Treffen %1 hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Meeting dates must rise without repeats: %1 comes after %2.</source>
        <translation>Die Termine der Treffen müssen ohne Wiederholung aufsteigen: %1 kommt nach %2.</translation>
    </message>
    <message>
        <source>Absence for person %1, who is not in the rotation.</source>
        <translation>Abwesenheit für Person %1, die nicht in der Rotation ist.</translation>
    </message>
    <message>
        <source>The absence of %1 needs a valid first and last day.</source>
        <translation>Die Abwesenheit von %1 braucht einen gültigen ersten und letzten Tag.</translation>
    </message>
    <message>
        <source>The absence of %1 runs backwards: from %2 to %3.</source>
        <translation>Die Abwesenheit von %1 läuft rückwärts: vom %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 on %2 for person %3, who is not in the rotation.</source>
        <translation>%1 am %2 für Person %3, die nicht in der Rotation ist.</translation>
    </message>
    <message>
        <source>%1 of %2 on %3: that date is not one of the meetings.</source>
        <translation>%1 von %2 am %3: An diesem Datum findet kein Treffen statt.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>%1 is given two fixed seats on %2.</source>
        <translation>%1 hat am %2 zwei feste Plätze.</translation>
    </message>
    <message>
        <source>%1 seats are fixed on %2 but a meeting has only %3.</source>
        <translation>Am %2 sind %1 Plätze fest vergeben, aber ein Treffen hat nur %3.</translation>
    </message>
    <message>
        <source>Held turn</source>
        <translation>Wahrgenommener Einsatz</translation>
    </message>
    <message>
        <source>Pinned seat</source>
        <translation>Fest vergebener Platz</translation>
    </message>
</context>
<context>
    <name>RotationReview</name>
    <message>
        <source> (a held turn)</source>
        <translation> (ein wahrgenommener Einsatz)</translation>
    </message>
    <message>
        <source> (fixed by hand)</source>
        <translation> (von Hand festgelegt)</translation>
    </message>
    <message>
        <source>%1 has %2 turns by this meeting but %3 only %4, though %3 was available whenever %1 was.</source>
        <translation>%1 hat bis zu diesem Treffen %2 Einsätze, %3 aber nur %4, obwohl %3 immer verfügbar war, wenn %1 es war.</translation>
    </message>
    <message>
        <source>%1 is away on %2 but holds a seat%3.</source>
        <translation>%1 ist am %2 abwesend, hat aber einen Platz%3.</translation>
    </message>
    <message>
        <source>%1 opted out but holds a seat%2.</source>
        <translation>%1 hat sich abgemeldet, hat aber einen Platz%2.</translation>
    </message>
    <message>
        <source>Nobody can take a seat: everyone is away or opted out.</source>
        <translation>Niemand kann einen Platz übernehmen: Alle sind abwesend oder abgemeldet.</translation>
    </message>
    <message>
        <source>Only %1 of %2 seats are filled; %3 people are available.</source>
        <translation>Nur %1 von %2 Plätzen sind besetzt; %3 Personen sind verfügbar.</translation>
    </message>
    <message>
        <source>%1 also held a seat on %2%3, though %4 others were free.</source>
        <translation>%1 hatte auch am %2 einen Platz%3, obwohl %4 andere frei waren.</translation>
    </message>
</context>
<context>
    <name>RotationSource</name>
    <message>
        <source>The mastermind group %1 does not exist.</source>
        <translation>Die Mastermind-Gruppe %1 existiert nicht.</translation>
    </message>
    <message>
        <source>dropped the seat pinned to %1 on %2: they no longer take turns.</source>
        <translation>der fest an %1 vergebene Platz am %2 wurde entfernt: Die Person ist nicht mehr an der Reihe.</translation>
    </message>
</context>
<context>
    <name>SampleRotations</name>
    <message>
        <source>the sample has no communities to add rotations to.</source>
        <translation>das Beispiel hat keine Communities, denen Rotationen hinzugefügt werden könnten.</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <source>Offsite</source>
        <translation>Offsite</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Renewal conversations that start early</source>
        <translation>Verlängerungsgespräche, die früh beginnen</translation>
    </message>
    <message>
        <source>Writing an escalation summary engineers read</source>
        <translation>Eine Eskalationszusammenfassung schreiben, die Engineers lesen</translation>
    </message>
    <message>
        <source>The three support macros worth keeping</source>
        <translation>Die drei Support-Makros, die sich lohnen</translation>
    </message>
    <message>
        <source>An onboarding checklist for the first 30 days</source>
        <translation>Eine Onboarding-Checkliste für die ersten 30 Tage</translation>
    </message>
    <message>
        <source>What health scores miss</source>
        <translation>Was Health Scores übersehen</translation>
    </message>
    <message>
        <source>Handling a churn-risk call</source>
        <translation>Ein Gespräch mit Abwanderungsrisiko führen</translation>
    </message>
    <message>
        <source>A quarterly business review deck in 20 minutes</source>
        <translation>Ein Quarterly-Business-Review-Deck in 20 Minuten</translation>
    </message>
    <message>
        <source>Saying no to a feature request, kindly</source>
        <translation>Freundlich Nein sagen zu einem Feature-Wunsch</translation>
    </message>
    <message>
        <source>Reading product analytics as a CSM</source>
        <translation>Produktanalysen als CSM lesen</translation>
    </message>
    <message>
        <source>De-escalation phrases that work</source>
        <translation>Deeskalierende Formulierungen, die wirken</translation>
    </message>
    <message>
        <source>Documenting a workaround so it survives</source>
        <translation>Einen Workaround so dokumentieren, dass er bleibt</translation>
    </message>
    <message>
        <source>Running a customer roundtable</source>
        <translation>Einen Kunden-Roundtable leiten</translation>
    </message>
    <message>
        <source>Incident Commanders Circle</source>
        <translation>Incident Commanders Circle</translation>
    </message>
    <message>
        <source>Weekly, Tuesdays 16:00</source>
        <translation>Wöchentlich, dienstags 16:00</translation>
    </message>
    <message>
        <source>Come with a real challenge. Advice, not judgement. What is said here stays here.</source>
        <translation>Mit einer echten Herausforderung kommen. Rat statt Urteil. Was hier gesagt wird, bleibt hier.</translation>
    </message>
    <message>
        <source>Analytics Leads Mastermind</source>
        <translation>Analytics Leads Mastermind</translation>
    </message>
    <message>
        <source>Fortnightly, Tuesdays 10:00</source>
        <translation>Alle zwei Wochen, dienstags 10:00</translation>
    </message>
    <message>
        <source>Check in on last time&apos;s goal first. One challenge each. No individual data.</source>
        <translation>Zuerst das Ziel vom letzten Mal besprechen. Eine Herausforderung pro Person. Keine personenbezogenen Daten.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Plan from this day on; a stored plan keeps its meetings before it (required).</source>
        <translation>Ab diesem Tag planen; ein gespeicherter Plan behält seine Treffen davor (erforderlich).</translation>
    </message>
    <message>
        <source>People per meeting (default: as stored, else 1).</source>
        <translation>Personen pro Treffen (Standard: wie gespeichert, sonst 1).</translation>
    </message>
    <message>
        <source>Seed that breaks ties between people the rules rank equal (default: as stored, else 0).</source>
        <translation>Startwert, der zwischen Personen entscheidet, die nach den Regeln gleichrangig sind (Standard: wie gespeichert, sonst 0).</translation>
    </message>
    <message>
        <source>Store the plan (replacing the stored one from --from on); without it the plan is only printed.</source>
        <translation>Speichert den Plan (ersetzt den gespeicherten ab --from); ohne diese Option wird der Plan nur ausgegeben.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least 1, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens 1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--%1 N is required</source>
        <translation>--%1 N ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 plans at most %2 at once, not %3</source>
        <translation>--%1 plant höchstens %2 auf einmal, nicht %3</translation>
    </message>
    <message>
        <source>no community is named %1</source>
        <translation>keine Community heißt %1</translation>
    </message>
    <message>
        <source>the community %1</source>
        <translation>die Community %1</translation>
    </message>
    <message>
        <source>--weekday needs mon, tue, wed, thu, fri, sat or sun, not &apos;%1&apos;</source>
        <translation>--weekday braucht mon, tue, wed, thu, fri, sat oder sun, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs --from YYYY-MM-DD</source>
        <translation>%1 braucht --from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--from: &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed braucht eine nicht negative ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 meeting(s) cannot be fully staffed, the first on %2: %3 Nothing was saved.</source>
        <translation>Nicht vollständig besetzbare Treffen: %1, das erste am %2: %3 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>warning: the plan breaks %1 rule(s), the first on %2: %3</source>
        <translation>Warnung: Der Plan verletzt %1 Regel(n), die erste am %2: %3</translation>
    </message>
    <message>
        <source>%1; nothing to plan.</source>
        <translation>%1; nichts zu planen.</translation>
    </message>
    <message>
        <source>cannot plan %1: %2</source>
        <translation>Planung für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Saved the %1 rotation of %2: %3 meetings, %4 kept from before %5.</source>
        <translation>Rotation %1 für %2 gespeichert: %3 Treffen, davon %4 von vor dem %5 beibehalten.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommandOutput</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>
Turns: %1
</source>
        <translation>
Einsätze: %1
</translation>
    </message>
    <message>
        <source>Every rule holds.
</source>
        <translation>Alle Regeln sind eingehalten.
</translation>
    </message>
    <message>
        <source>Rules not kept:
</source>
        <translation>Nicht eingehaltene Regeln:
</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleHotSeatCommand</name>
    <message>
        <source>Plan a mastermind group&apos;s hot seats: who presents at each meeting.</source>
        <translation>Plant die Hot Seats einer Mastermind-Gruppe: wer bei welchem Treffen vorstellt.</translation>
    </message>
    <message>
        <source>The mastermind group, by name (required).</source>
        <translation>Die Mastermind-Gruppe, nach Name (erforderlich).</translation>
    </message>
    <message>
        <source>The group&apos;s community, when groups in two communities share the name.</source>
        <translation>Die Community der Gruppe, wenn Gruppen in zwei Communities denselben Namen tragen.</translation>
    </message>
    <message>
        <source>How many meetings to plan (required).</source>
        <translation>Wie viele Treffen geplant werden sollen (erforderlich).</translation>
    </message>
    <message>
        <source>Weeks between meetings (default: 2 when the group&apos;s cadence says fortnightly, else 1).</source>
        <translation>Wochen zwischen den Treffen (Standard: 2, wenn der Rhythmus der Gruppe „fortnightly“ lautet, sonst 1).</translation>
    </message>
    <message>
        <source>Dates without a meeting (holidays), comma-separated; they do not count towards N.</source>
        <translation>Daten ohne Treffen (Feiertage), durch Kommas getrennt; sie zählen nicht zu N.</translation>
    </message>
    <message>
        <source>schedule hot-seat needs --group NAME</source>
        <translation>schedule hot-seat braucht --group NAME</translation>
    </message>
    <message>
        <source>no mastermind group is named %1</source>
        <translation>keine Mastermind-Gruppe heißt %1</translation>
    </message>
    <message>
        <source>%1 mastermind groups are named %2; add --community to say which</source>
        <translation>%1 Mastermind-Gruppen heißen %2; mit --community angeben, welche gemeint ist</translation>
    </message>
    <message>
        <source>the mastermind group %1</source>
        <translation>die Mastermind-Gruppe %1</translation>
    </message>
    <message>
        <source>%1 has no members</source>
        <translation>%1 hat keine Mitglieder</translation>
    </message>
</context>
<context>
    <name>ScheduleListCommand</name>
    <message>
        <source>List the stored rotations (hot seats, micro-teach, on-call), as a table, JSON or CSV.</source>
        <translation>Listet die gespeicherten Rotationen auf (Hot Seats, Micro-Teach, Bereitschaft), als Tabelle, JSON oder CSV.</translation>
    </message>
</context>
<context>
    <name>ScheduleMicroTeachCommand</name>
    <message>
        <source>Plan a community&apos;s micro-teach slots: who teaches at each meeting.</source>
        <translation>Plant die Micro-Teach-Termine einer Community: wer bei welchem Treffen unterrichtet.</translation>
    </message>
    <message>
        <source>The community; its current members take turns (required).</source>
        <translation>Die Community; ihre aktuellen Mitglieder wechseln sich ab (erforderlich).</translation>
    </message>
    <message>
        <source>How many meetings to plan (required).</source>
        <translation>Wie viele Treffen geplant werden sollen (erforderlich).</translation>
    </message>
    <message>
        <source>The meeting&apos;s day of the week (default: the weekday of --from).</source>
        <translation>Der Wochentag des Treffens (Standard: der Wochentag von --from).</translation>
    </message>
    <message>
        <source>Weeks between meetings (default 1).</source>
        <translation>Wochen zwischen den Treffen (Standard: 1).</translation>
    </message>
    <message>
        <source>Dates without a meeting (holidays), comma-separated; they do not count towards N.</source>
        <translation>Daten ohne Treffen (Feiertage), durch Kommas getrennt; sie zählen nicht zu N.</translation>
    </message>
    <message>
        <source>schedule micro-teach needs --community NAME</source>
        <translation>schedule micro-teach braucht --community NAME</translation>
    </message>
    <message>
        <source>%1 has no current members</source>
        <translation>%1 hat keine aktuellen Mitglieder</translation>
    </message>
</context>
<context>
    <name>ScheduleOnCallCommand</name>
    <message>
        <source>Plan a community&apos;s on-call expert shifts: who answers questions when.</source>
        <translation>Plant die Bereitschaftsschichten einer Community: wer wann Fragen beantwortet.</translation>
    </message>
    <message>
        <source>The community; its current members take shifts (required).</source>
        <translation>Die Community; ihre aktuellen Mitglieder übernehmen Schichten (erforderlich).</translation>
    </message>
    <message>
        <source>How many shifts to plan (required).</source>
        <translation>Wie viele Schichten geplant werden sollen (erforderlich).</translation>
    </message>
    <message>
        <source>Days in a shift; shifts follow each other without a gap (default: as stored, else 7). Someone away on any day of a shift is not given it.</source>
        <translation>Tage pro Schicht; Schichten folgen lückenlos aufeinander (Standard: wie gespeichert, sonst 7). Wer an einem Tag einer Schicht abwesend ist, bekommt sie nicht.</translation>
    </message>
    <message>
        <source>schedule on-call needs --community NAME</source>
        <translation>schedule on-call braucht --community NAME</translation>
    </message>
    <message>
        <source>--days-per-shift is at most 366, not %1</source>
        <translation>--days-per-shift ist höchstens 366, nicht %1</translation>
    </message>
    <message>
        <source>%1 has no current members</source>
        <translation>%1 hat keine aktuellen Mitglieder</translation>
    </message>
</context>
<context>
    <name>ScheduleShowCommand</name>
    <message>
        <source>Print a stored rotation: seats, status, topics, turns and the rules it breaks.</source>
        <translation>Gibt eine gespeicherte Rotation aus: Plätze, Status, Themen, Einsätze und die verletzten Regeln.</translation>
    </message>
    <message>
        <source>hot-seat, micro-teach or on-call.</source>
        <translation>hot-seat, micro-teach oder on-call.</translation>
    </message>
    <message>
        <source>The mastermind group (hot-seat).</source>
        <translation>Die Mastermind-Gruppe (hot-seat).</translation>
    </message>
    <message>
        <source>The community (micro-teach, on-call), or the group&apos;s community.</source>
        <translation>Die Community (micro-teach, on-call) oder die Community der Gruppe.</translation>
    </message>
    <message>
        <source>schedule show needs one KIND: hot-seat, micro-teach or on-call</source>
        <translation>schedule show braucht ein KIND: hot-seat, micro-teach oder on-call</translation>
    </message>
    <message>
        <source>schedule show %1 needs --%2 NAME</source>
        <translation>schedule show %1 braucht --%2 NAME</translation>
    </message>
    <message>
        <source>%1 has no stored %2 rotation</source>
        <translation>%1 hat keine gespeicherte Rotation %2</translation>
    </message>
</context>
<context>
    <name>SetLevelCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is active: %1</source>
        <translation>Keine Transaktion ist aktiv: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>WorkerProcesses</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not enough memory for the analysis: %1</source>
        <translation>Nicht genug Arbeitsspeicher für die Analyse: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tools for stewards of communities of practice.</source>
        <translation>Werkzeuge für Stewards von Communities of Practice.</translation>
    </message>
    <message>
        <source>Open a fresh sample community in a temporary file (deleted on exit).</source>
        <translation>Öffnet eine frische Beispiel-Community in einer temporären Datei (wird beim Beenden gelöscht).</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
</context>
<context>
    <name>steward</name>
    <message>
        <source>The Steward database file.</source>
        <translation>Die Steward-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Joined after a demo day</source>
        <translation>Nach einem Demo-Tag beigetreten</translation>
    </message>
    <message>
        <source>Invited by a colleague</source>
        <translation>Von einer Kollegin oder einem Kollegen eingeladen</translation>
    </message>
    <message>
        <source>Came to an ask-me-anything</source>
        <translation>Zu einem Ask-me-anything gekommen</translation>
    </message>
    <message>
        <source>New starter, pointed here in onboarding</source>
        <translation>Neu im Unternehmen, im Onboarding hierher verwiesen</translation>
    </message>
    <message>
        <source>Presented a case in the case round</source>
        <translation>Einen Fall in der Fallrunde vorgestellt</translation>
    </message>
    <message>
        <source>Took notes three sessions running</source>
        <translation>Drei Treffen in Folge Protokoll geführt</translation>
    </message>
    <message>
        <source>Co-led the runbook rewrite</source>
        <translation>Die Überarbeitung des Runbooks mitgeleitet</translation>
    </message>
    <message>
        <source>Answers questions in the channel weekly</source>
        <translation>Beantwortet wöchentlich Fragen im Kanal</translation>
    </message>
    <message>
        <source>Ran a micro-teach</source>
        <translation>Einen Micro-Teach gehalten</translation>
    </message>
    <message>
        <source>Reviewed two playbooks</source>
        <translation>Zwei Playbooks begutachtet</translation>
    </message>
</context>
<context>
    <name>steward::CommandLine</name>
    <message>
        <source>Usage: steward-cli --db FILE COMMAND [options]

Commands:
</source>
        <translation>Aufruf: steward-cli --db DATEI BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;steward-cli COMMAND --help&apos; for a command&apos;s options. Exit status: 0 success, 2 usage error, 1 other error.
</source>
        <translation>
&apos;steward-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls. Rückgabewert: 0 Erfolg, 2 Aufruffehler, 1 sonstiger Fehler.
</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run steward-cli --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; steward-cli --help aufrufen</translation>
    </message>
    <message>
        <source>%1 needs a database: --db FILE</source>
        <translation>%1 braucht eine Datenbank: --db DATEI</translation>
    </message>
</context>
<context>
    <name>steward::CommunitiesPage</name>
    <message>
        <source>Add &amp;Community…</source>
        <translation>&amp;Community hinzufügen…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>&amp;Mitglied hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;Level…</source>
        <translation>&amp;Stufe ändern…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add Community</source>
        <translation>Community hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new community of practice:</source>
        <translation>Name der neuen Community of Practice:</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Noch keine Mitglieder.</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a member to see their level history.</source>
        <translation>Wählen Sie ein Mitglied, um den Verlauf seiner Stufen zu sehen.</translation>
    </message>
    <message>
        <source>Level history of %1</source>
        <translation>Stufenverlauf von %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Joined as %1</source>
        <translation>Beigetreten als %1</translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>Apply your changes to %1?</source>
        <translation>Ihre Änderungen an %1 übernehmen?</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Change and reason</source>
        <translation>Änderung und Grund</translation>
    </message>
</context>
<context>
    <name>steward::CommunityForm</name>
    <message>
        <source>What the community cares about and learns together</source>
        <translation>Worum es der Community geht und was sie gemeinsam lernt</translation>
    </message>
    <message>
        <source>Where it talks, for example #guild-testing</source>
        <translation>Wo sie sich austauscht, zum Beispiel #guild-testing</translation>
    </message>
    <message>
        <source>How often it meets, for example every second Thursday</source>
        <translation>Wie oft sie sich trifft, zum Beispiel jeden zweiten Donnerstag</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>N&amp;orms:</source>
        <translation>N&amp;ormen:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Cadenc&amp;e:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
</context>
<context>
    <name>steward::LevelChangeDialog</name>
    <message>
        <source>Change Level</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Mitglied:</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgetreten)</translation>
    </message>
    <message>
        <source>Current level:</source>
        <translation>Aktuelle Stufe:</translation>
    </message>
    <message>
        <source>Start typing a name or email</source>
        <translation>Beginnen Sie, einen Namen oder eine E-Mail-Adresse einzugeben</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>Neue &amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Why, for example &quot;hosted two sessions&quot; (required)</source>
        <translation>Warum, zum Beispiel „hat zwei Treffen moderiert“ (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>Steward workspaces (*.steward);;All files (*)</source>
        <translation>Steward-Arbeitsbereiche (*.steward);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a new, empty workspace file</source>
        <translation>Eine neue, leere Arbeitsbereichsdatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>Create a fresh sample community and open it</source>
        <translation>Eine frische Beispiel-Community erstellen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Über Steward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Co&amp;mmunity:</source>
        <translation>Co&amp;mmunity:</translation>
    </message>
    <message>
        <source>No communities</source>
        <translation>Keine Communities</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>&apos;%1&apos; existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Open Sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Cannot create the folder for &apos;%1&apos;.</source>
        <translation>Der Ordner für &apos;%1&apos; kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot replace the old sample &apos;%1&apos;.</source>
        <translation>Das alte Beispiel &apos;%1&apos; kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>arbeitsbereich</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>Steward %1</source>
        <translation>Steward %1</translation>
    </message>
    <message>
        <source>Tools for stewards of communities of practice: people, communities and how participation grows from the edge to the core.</source>
        <translation>Werkzeuge für Stewards von Communities of Practice: Personen, Communities und wie Beteiligung vom Rand zum Kern wächst.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Undo or Redo Failed</source>
        <translation>Rückgängig machen oder Wiederholen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>steward::MembersTableModel</name>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgetreten)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>steward::PeoplePage</name>
    <message>
        <source>Filter by name, email, team, department, title, location…</source>
        <translation>Nach Name, E-Mail, Team, Abteilung, Funktion, Standort filtern…</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete %1? Their memberships and level history are deleted with them. You can undo this with Edit &gt; Undo.</source>
        <translation>%1 löschen? Die Mitgliedschaften und der Stufenverlauf werden mitgelöscht. Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people shown</source>
        <translation>
            <numerusform>%1 von %Ln Person angezeigt</numerusform>
            <numerusform>%1 von %Ln Personen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>steward::PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Eintrittsdatum</translation>
    </message>
</context>
<context>
    <name>steward::PersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Eintritts&amp;datum:</translation>
    </message>
    <message>
        <source>S&amp;lack ID:</source>
        <translation>S&amp;lack-ID:</translation>
    </message>
    <message>
        <source>Disc&amp;ord ID:</source>
        <translation>Disc&amp;ord-ID:</translation>
    </message>
    <message>
        <source>&amp;GitHub login:</source>
        <translation>&amp;GitHub-Login:</translation>
    </message>
    <message>
        <source>Tea&amp;ms ID:</source>
        <translation>Tea&amp;ms-ID:</translation>
    </message>
</context>
<context>
    <name>steward::SampleCommunity</name>
    <message>
        <source>The sample can only be written into an empty database; &apos;%1&apos; already holds people.</source>
        <translation>Das Beispiel kann nur in eine leere Datenbank geschrieben werden; &apos;%1&apos; enthält bereits Personen.</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>Das Beispiel konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::WelcomePage</name>
    <message>
        <source>Welcome to Steward</source>
        <translation>Willkommen bei Steward</translation>
    </message>
    <message>
        <source>Steward keeps the people, communities of practice and participation levels of your organisation in one workspace file. Create one, open one, or look around in a sample community.</source>
        <translation>Steward hält die Personen, Communities of Practice und Beteiligungsstufen Ihrer Organisation in einer Arbeitsbereichsdatei fest. Erstellen Sie eine, öffnen Sie eine oder sehen Sie sich in einer Beispiel-Community um.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Community</source>
        <translation>&amp;Beispiel-Community öffnen</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>steward::Workspace</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The community %1 no longer exists.</source>
        <translation>Die Community %1 existiert nicht mehr.</translation>
    </message>
</context>
</TS>
