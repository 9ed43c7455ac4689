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
    <name>AttendanceStatus</name>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
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
    <name>CommandLine</name>
    <message>
        <source>The Steward database file.</source>
        <translation>Die Steward-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Hilfe anzeigen und beenden.</translation>
    </message>
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
    <name>ExportIcsCommand</name>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Learnings: %1</source>
        <translation>Erkenntnisse: %1</translation>
    </message>
    <message>
        <source>Export a community&apos;s sessions (or one) as an iCalendar file.</source>
        <translation>Exportiert die Sitzungen einer Community (oder eine einzelne) als iCalendar-Datei.</translation>
    </message>
    <message>
        <source>The community, by name.</source>
        <translation>Die Community, nach Name.</translation>
    </message>
    <message>
        <source>Only this session (a series with its changes).</source>
        <translation>Nur diese Sitzung (eine Serie mit ihren Änderungen).</translation>
    </message>
    <message>
        <source>The zone single sessions are written in (default: the system&apos;s; series keep their own).</source>
        <translation>Die Zeitzone, in der einzelne Sitzungen geschrieben werden (Standard: die des Systems; Serien behalten ihre eigene).</translation>
    </message>
    <message>
        <source>Write to FILE.ics instead of standard output.</source>
        <translation>In FILE.ics statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>session %1 is not in %2</source>
        <translation>Sitzung %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>%1 has no sessions to export</source>
        <translation>%1 hat keine Sitzungen zum Exportieren</translation>
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
    <name>ImportBatchRepository</name>
    <message>
        <source>Could not record the import: %1</source>
        <translation>Der Import konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importstapel %1.</translation>
    </message>
</context>
<context>
    <name>ImportListCommand</name>
    <message>
        <source>List the import batches, newest first.</source>
        <translation>Listet die Importstapel auf, die neuesten zuerst.</translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>Remove an import batch and what it brought in.</source>
        <translation>Entfernt einen Importstapel und alles, was er hinzugefügt hat.</translation>
    </message>
    <message>
        <source>The batch, as &apos;import list&apos; shows it. Its interactions and outcomes go, and so do the people and observer memberships it created unless they are used since.</source>
        <translation>Der Stapel, wie &apos;import list&apos; ihn zeigt. Seine Interaktionen und Ergebnisse werden entfernt, ebenso die von ihm angelegten Personen und Beobachter-Mitgliedschaften, sofern sie seither nicht verwendet werden.</translation>
    </message>
    <message>
        <source>import undo needs one BATCH_ID (a number)</source>
        <translation>import undo braucht eine BATCH_ID (eine Zahl)</translation>
    </message>
    <message>
        <source>Removed batch %1 (%2 from %3): %4 interactions, %5 outcomes, %6 people, %7 memberships.</source>
        <translation>Stapel %1 entfernt (%2 vom %3): %4 Interaktionen, %5 Ergebnisse, %6 Personen, %7 Mitgliedschaften.</translation>
    </message>
    <message>
        <source>steward-cli: note: kept %1 people the import had created: they are used elsewhere now.</source>
        <translation>steward-cli: Hinweis: %1 vom Import angelegte Personen wurden behalten: Sie werden inzwischen anderweitig verwendet.</translation>
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
    <name>InteractionCsvImport</name>
    <message>
        <source>%1 people are named &apos;%2&apos;; use their email</source>
        <translation>%1 Personen heißen &apos;%2&apos;; verwenden Sie ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3</source>
        <translation>%1 &apos;%2&apos; ist keiner der Werte: %3</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is not a positive number</source>
        <translation>weight &apos;%1&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not an ISO-8601 date (YYYY-MM-DD) or date-time</source>
        <translation>timestamp &apos;%1&apos; ist kein ISO-8601-Datum (JJJJ-MM-TT) und keine ISO-8601-Datums-/Zeitangabe</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; appears twice</source>
        <translation>die Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header needs &apos;source&apos; and &apos;target&apos; columns</source>
        <translation>die Kopfzeile braucht die Spalten &apos;source&apos; und &apos;target&apos;</translation>
    </message>
    <message>
        <source>Appeared in imported interactions (%1)</source>
        <translation>In importierten Interaktionen aufgetaucht (%1)</translation>
    </message>
    <message>
        <source>There is no community named &apos;%1&apos;.</source>
        <translation>Es gibt keine Community namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
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
        <source>the file has no interactions</source>
        <translation>die Datei enthält keine Interaktionen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Could not save an interaction: %1</source>
        <translation>Eine Interaktion konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>InteractionsImportCommand</name>
    <message>
        <source>Import interactions for a community from CSV (all rows or none), as one batch.</source>
        <translation>Importiert Interaktionen für eine Community aus einer CSV-Datei (alle Zeilen oder keine), als ein Stapel.</translation>
    </message>
    <message>
        <source>Header (any order and case): source, target, and optionally weight (positive, default 1), timestamp (YYYY-MM-DD or ISO-8601 date-time; UTC unless it has an offset), kind (%1; default manual), platform (%2; default manual), channel. People are named by email or exact name; a name or email no one has creates the person, and everyone in the file becomes an observer of the community if they were not a member. &apos;steward-cli import undo BATCH_ID&apos; takes it all back.</source>
        <translation>Kopfzeile (beliebige Reihenfolge und Groß-/Kleinschreibung): source, target und optional weight (positiv, Standard 1), timestamp (JJJJ-MM-TT oder ISO-8601-Datums-/Zeitangabe; UTC, sofern kein Offset angegeben ist), kind (%1; Standard manual), platform (%2; Standard manual), channel. Personen werden nach E-Mail-Adresse oder genauem Namen angegeben; ein Name oder eine E-Mail-Adresse, die niemand hat, legt die Person an, und alle in der Datei werden Beobachter der Community, sofern sie nicht schon Mitglied waren. &apos;steward-cli import undo BATCH_ID&apos; nimmt alles zurück.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>The community the interactions belong to.</source>
        <translation>Die Community, zu der die Interaktionen gehören.</translation>
    </message>
    <message>
        <source>interactions import needs exactly one FILE.csv</source>
        <translation>interactions import braucht genau eine FILE.csv</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>steward-cli: note: ignored columns: %1</source>
        <translation>steward-cli: Hinweis: ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Imported %1 interactions as batch %2: %3 new people (observers), %4 joined as observers, %5 with oneself (left out of networks).</source>
        <translation>%1 Interaktionen als Stapel %2 importiert: %3 neue Personen (Beobachter), %4 als Beobachter beigetreten, %5 mit sich selbst (in Netzwerken nicht berücksichtigt).</translation>
    </message>
</context>
<context>
    <name>InterventionAddCommand</name>
    <message>
        <source>Record an intervention in a community (to compare before and after).</source>
        <translation>Hält eine Intervention in einer Community fest (für einen Vorher-Nachher-Vergleich).</translation>
    </message>
    <message>
        <source>What was done, e.g. &quot;Launched the SRE guild&quot;.</source>
        <translation>Was getan wurde, z. B. „SRE-Gilde gegründet“.</translation>
    </message>
    <message>
        <source>The community it was done in.</source>
        <translation>Die Community, in der sie stattfand.</translation>
    </message>
    <message>
        <source>The day it happened.</source>
        <translation>Der Tag, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>More about it.</source>
        <translation>Weitere Angaben dazu.</translation>
    </message>
    <message>
        <source>intervention add needs one NAME</source>
        <translation>intervention add braucht einen NAME</translation>
    </message>
    <message>
        <source>intervention add needs --community NAME and --date</source>
        <translation>intervention add braucht --community NAME und --date</translation>
    </message>
    <message>
        <source>there is no community named &apos;%1&apos;</source>
        <translation>es gibt keine Community namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Added intervention %1 (id %2) to %3 on %4.</source>
        <translation>Intervention %1 (ID %2) am %4 zu %3 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>InterventionListCommand</name>
    <message>
        <source>List a community&apos;s interventions.</source>
        <translation>Listet die Interventionen einer Community auf.</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>there is no community named &apos;%1&apos;</source>
        <translation>es gibt keine Community namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>InterventionRepository</name>
    <message>
        <source>An intervention needs a name.</source>
        <translation>Eine Intervention braucht einen Namen.</translation>
    </message>
    <message>
        <source>An intervention needs a date.</source>
        <translation>Eine Intervention braucht ein Datum.</translation>
    </message>
    <message>
        <source>The community already has an intervention named &apos;%1&apos;.</source>
        <translation>Die Community hat bereits eine Intervention namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Could not add the intervention: %1</source>
        <translation>Die Intervention konnte nicht hinzugefügt werden: %1</translation>
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
    <name>NetworkCommandOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not one of: %3</source>
        <translation>--%1: &apos;%2&apos; ist keiner der Werte: %3</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>The community whose network to analyse.</source>
        <translation>Die Community, deren Netzwerk analysiert werden soll.</translation>
    </message>
    <message>
        <source>First day of the window (interactions without a time are then left out).</source>
        <translation>Erster Tag des Zeitfensters (Interaktionen ohne Zeitangabe werden dann ausgelassen).</translation>
    </message>
    <message>
        <source>Last day of the window, included.</source>
        <translation>Letzter Tag des Zeitfensters, einschließlich.</translation>
    </message>
    <message>
        <source>Only these kinds: %1.</source>
        <translation>Nur diese Arten: %1.</translation>
    </message>
    <message>
        <source>Only these platforms: %1.</source>
        <translation>Nur diese Plattformen: %1.</translation>
    </message>
    <message>
        <source>Only these channels.</source>
        <translation>Nur diese Kanäle.</translation>
    </message>
    <message>
        <source>Use tie weights: distance = 1/weight for paths, the weight itself for eigenvector, brokerage and communities.</source>
        <translation>Beziehungsgewichte verwenden: Abstand = 1/Gewicht für Wege, das Gewicht selbst für Eigenvektor, Brokerage und Communities.</translation>
    </message>
    <message>
        <source>Estimate the path metrics from K sampled people (large networks); the error is reported.</source>
        <translation>Die Pfadmetriken aus K zufällig gewählten Personen schätzen (große Netzwerke); der Fehler wird ausgegeben.</translation>
    </message>
    <message>
        <source>Seed of the community detection and the sampling (default 1).</source>
        <translation>Startwert der Community-Erkennung und der Stichprobe (Standard: 1).</translation>
    </message>
    <message>
        <source>Processes for the path metrics (default: one per core).</source>
        <translation>Prozesse für die Pfadmetriken (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>there is no community named &apos;%1&apos;</source>
        <translation>es gibt keine Community namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Output format: json or text (the default).</source>
        <translation>Ausgabeformat: json oder text (Standard).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json or text</source>
        <translation>unbekanntes Format &apos;%1&apos;: verwenden Sie json oder text</translation>
    </message>
</context>
<context>
    <name>NetworkCompareCommand</name>
    <message>
        <source>the community has no intervention named &apos;%1&apos;</source>
        <translation>die Community hat keine Intervention namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The network before and after a day or an intervention, side by side.</source>
        <translation>Das Netzwerk vor und nach einem Tag oder einer Intervention, nebeneinander.</translation>
    </message>
    <message>
        <source>Before: the DAYS days up to the day before DATE; after: DATE and the DAYS - 1 days after it. Both windows get every metric of &apos;network metrics&apos; (see its --help); the changes listed are density, average clustering, cross-team share, isolated people, components, new knowledge brokers and who moved toward the core (their k-core number rose).</source>
        <translation>Vorher: die DAYS Tage bis zum Tag vor DATE; nachher: DATE und die DAYS - 1 Tage danach. Für beide Zeitfenster werden alle Metriken von &apos;network metrics&apos; berechnet (siehe dessen --help); aufgeführt werden die Änderungen bei Dichte, mittlerem Clustering, teamübergreifendem Anteil, isolierten Personen, Komponenten, neuen Wissensvermittlern und wer sich zum Kern hin bewegt hat (deren k-Kern-Zahl gestiegen ist).</translation>
    </message>
    <message>
        <source>The day the &apos;after&apos; window starts.</source>
        <translation>Der Tag, an dem das Zeitfenster &apos;nachher&apos; beginnt.</translation>
    </message>
    <message>
        <source>Compare around this intervention&apos;s date.</source>
        <translation>Um das Datum dieser Intervention herum vergleichen.</translation>
    </message>
    <message>
        <source>Days in each window (default 90).</source>
        <translation>Tage pro Zeitfenster (Standard: 90).</translation>
    </message>
    <message>
        <source>network compare takes no arguments</source>
        <translation>network compare nimmt keine Argumente</translation>
    </message>
    <message>
        <source>give either --at DATE or --intervention NAME</source>
        <translation>entweder --at DATE oder --intervention NAME angeben</translation>
    </message>
    <message>
        <source>--window needs a whole number of days (1 or more)</source>
        <translation>--window braucht eine ganze Zahl von Tagen (1 oder mehr)</translation>
    </message>
</context>
<context>
    <name>NetworkFindings</name>
    <message>
        <source>Only %1 people: far too few to read anything into this.</source>
        <translation>Nur %1 Personen: viel zu wenige, um daraus etwas abzulesen.</translation>
    </message>
    <message>
        <source>%1 people: a correlation of this size can easily be chance, and it says nothing about what causes what.</source>
        <translation>%1 Personen: Eine Korrelation dieser Größe kann leicht Zufall sein und sagt nichts darüber, was was verursacht.</translation>
    </message>
    <message>
        <source>%1 people. A correlation, not a cause: position may follow the outcome as much as lead to it.</source>
        <translation>%1 Personen. Eine Korrelation, keine Ursache: Die Position kann ebenso aus dem Ergebnis folgen, wie sie zu ihm führt.</translation>
    </message>
</context>
<context>
    <name>NetworkFindingsCommand</name>
    <message>
        <source>Brokers, isolated people and teams, single points of failure, core and periphery, outcomes - in words or JSON.</source>
        <translation>Wissensvermittler, isolierte Personen und Teams, Single Points of Failure, Kern und Peripherie, Ergebnisse - in Worten oder als JSON.</translation>
    </message>
    <message>
        <source>Knowledge brokers: among the top tenth by betweenness (3 to 10 people), those whose constraint is below the median. Isolated people: no tie in the window. Isolated teams: E-I index at or below -0.8, or no tie outside the team. Single points of failure: articulation points, and people who gave more than half of a channel&apos;s answers (replies written, survey nominations received; channels with 5 answers or more). Core and periphery: Spearman correlation of coreness with the recorded level, people in the innermost core recorded as observer or peripheral, and core members or stewards with coreness 1 or less. Outcomes: Spearman correlation of each metric with each imported outcome (each person&apos;s latest value), with n and a caveat. See &apos;network metrics --help&apos; for the metrics.</source>
        <translation>Wissensvermittler: unter dem obersten Zehntel nach betweenness (3 bis 10 Personen) diejenigen, deren constraint unter dem Median liegt. Isolierte Personen: keine Beziehung im Zeitfenster. Isolierte Teams: E-I-Index bei oder unter -0,8 oder keine Beziehung außerhalb des Teams. Single Points of Failure: Artikulationspunkte sowie Personen, die mehr als die Hälfte der Antworten eines Kanals gegeben haben (geschriebene Antworten, erhaltene Nennungen in Umfragen; Kanäle mit 5 oder mehr Antworten). Kern und Peripherie: Spearman-Korrelation der coreness mit der erfassten Stufe, Personen im innersten Kern, die als Beobachter oder Peripherie erfasst sind, sowie Kernmitglieder oder Stewards mit coreness 1 oder weniger. Ergebnisse: Spearman-Korrelation jeder Metrik mit jedem importierten Ergebnis (jeweils der neueste Wert einer Person), mit n und einem Vorbehalt. Die Metriken beschreibt &apos;network metrics --help&apos;.</translation>
    </message>
    <message>
        <source>network findings takes no arguments</source>
        <translation>network findings nimmt keine Argumente</translation>
    </message>
</context>
<context>
    <name>NetworkFindingsFormat</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>No clear knowledge brokers: no one high on betweenness also has low constraint.</source>
        <translation>Keine eindeutigen Wissensvermittler: Niemand mit hoher betweenness hat zugleich einen niedrigen constraint.</translation>
    </message>
    <message>
        <source>, reaching %1 other teams</source>
        <translation>, und erreicht %1 andere Teams</translation>
    </message>
    <message>
        <source>Knowledge broker: %1 links people who are not linked otherwise%2 (betweenness %3, constraint %4).</source>
        <translation>Wissensvermittler: %1 verbindet Personen, die sonst nicht verbunden sind%2 (betweenness %3, constraint %4).</translation>
    </message>
    <message>
        <source>Everyone has at least one tie in this window.</source>
        <translation>Alle haben in diesem Zeitfenster mindestens eine Beziehung.</translation>
    </message>
    <message>
        <source>%1 of %2 people had no tie in this window: %3.</source>
        <translation>%1 von %2 Personen hatten in diesem Zeitfenster keine Beziehung: %3.</translation>
    </message>
    <message>
        <source>Team %1 (%2 people) has no ties at all.</source>
        <translation>Team %1 (%2 Personen) hat überhaupt keine Beziehungen.</translation>
    </message>
    <message>
        <source>Team %1 keeps to itself: %2 ties inside, %3 outside (E-I %4).</source>
        <translation>Team %1 bleibt unter sich: %2 Beziehungen innerhalb, %3 außerhalb (E-I %4).</translation>
    </message>
    <message>
        <source>Single points of failure: without %1, parts of the network lose their only link to the rest.</source>
        <translation>Single Points of Failure: Ohne %1 verlieren Teile des Netzwerks ihre einzige Verbindung zum Rest.</translation>
    </message>
    <message>
        <source>In %1, %2 gave %3 of %4 answers (%5%).</source>
        <translation>In %1 gab %2 %3 von %4 Antworten (%5%).</translation>
    </message>
    <message>
        <source>interactions without a channel</source>
        <translation>Interaktionen ohne Kanal</translation>
    </message>
    <message>
        <source>Core and periphery against the recorded levels: Spearman %1 over %2 members (1: the network&apos;s core is exactly the recorded core).</source>
        <translation>Kern und Peripherie im Vergleich zu den erfassten Stufen: Spearman %1 über %2 Mitglieder (1: Der Kern des Netzwerks ist genau der erfasste Kern).</translation>
    </message>
    <message>
        <source>In the innermost core (k = %1) but recorded as observer or peripheral: %2. Ready to move up?</source>
        <translation>Im innersten Kern (k = %1), aber als Beobachter oder Peripherie erfasst: %2. Bereit für die nächste Stufe?</translation>
    </message>
    <message>
        <source>Recorded as core or steward but on the edge of the network in this window: %1.</source>
        <translation>Als Kern oder Steward erfasst, in diesem Zeitfenster aber am Rand des Netzwerks: %1.</translation>
    </message>
    <message>
        <source>%1 goes with %2 most (Spearman %3, n = %4). %5</source>
        <translation>%1 hängt am stärksten mit %2 zusammen (Spearman %3, n = %4). %5</translation>
    </message>
    <message>
        <source>%1 people, %2 ties, density %3, %4 communities (modularity %5).

</source>
        <translation>%1 Personen, %2 Beziehungen, Dichte %3, %4 Communities (Modularität %5).

</translation>
    </message>
    <message>
        <source>Density went from %1 to %2; average clustering from %3 to %4.</source>
        <translation>Die Dichte änderte sich von %1 auf %2, das mittlere Clustering von %3 auf %4.</translation>
    </message>
    <message>
        <source>Cross-team share of ties went from %1 to %2; isolated people from %3 to %4; components from %5 to %6.</source>
        <translation>Der teamübergreifende Anteil der Beziehungen änderte sich von %1 auf %2, die Zahl isolierter Personen von %3 auf %4, die der Komponenten von %5 auf %6.</translation>
    </message>
    <message>
        <source>New knowledge brokers: %1.</source>
        <translation>Neue Wissensvermittler: %1.</translation>
    </message>
    <message>
        <source>Moved toward the core (k-core): %1.</source>
        <translation>Zum Kern hin bewegt (k-Kern): %1.</translation>
    </message>
    <message>
        <source>Before %1 to %2, after %3 to %4 (%5 days each)
</source>
        <translation>Vorher %1 bis %2, nachher %3 bis %4 (je %5 Tage)
</translation>
    </message>
</context>
<context>
    <name>NetworkMetricsCommand</name>
    <message>
        <source>%1 people, %2 ties, density %3, %4 components (largest %5%), %6 isolated
</source>
        <translation>%1 Personen, %2 Beziehungen, Dichte %3, %4 Komponenten (größte %5%), %6 isoliert
</translation>
    </message>
    <message>
        <source>transitivity %1, average clustering %2, modularity %3 (%4 communities), cross-team share %5

</source>
        <translation>Transitivität %1, mittleres Clustering %2, Modularität %3 (%4 Communities), teamübergreifender Anteil %5

</translation>
    </message>
    <message>
        <source>Compute every person&apos;s and the network&apos;s metrics, as a table, JSON or CSV.</source>
        <translation>Berechnet die Metriken jeder Person und des Netzwerks, als Tabelle, JSON oder CSV.</translation>
    </message>
    <message>
        <source>network metrics takes no arguments</source>
        <translation>network metrics nimmt keine Argumente</translation>
    </message>
</context>
<context>
    <name>OutcomeCsvImport</name>
    <message>
        <source>the column &apos;%1&apos; appears twice</source>
        <translation>die Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header needs &apos;person&apos;, &apos;metric&apos; and &apos;value&apos; columns</source>
        <translation>die Kopfzeile braucht die Spalten &apos;person&apos;, &apos;metric&apos; und &apos;value&apos;</translation>
    </message>
    <message>
        <source>no person is named or has the email &apos;%1&apos;</source>
        <translation>keine Person heißt &apos;%1&apos; oder hat diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 people are named &apos;%2&apos;; use their email</source>
        <translation>%1 Personen heißen &apos;%2&apos;; verwenden Sie ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the person is empty</source>
        <translation>person ist leer</translation>
    </message>
    <message>
        <source>the metric is empty</source>
        <translation>metric ist leer</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>value &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>date &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
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
        <source>the file has no outcomes</source>
        <translation>die Datei enthält keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Could not save an outcome: %1</source>
        <translation>Ein Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>OutcomesImportCommand</name>
    <message>
        <source>Import outcomes per person from CSV (all rows or none), as one batch.</source>
        <translation>Importiert Ergebnisse pro Person aus einer CSV-Datei (alle Zeilen oder keine), als ein Stapel.</translation>
    </message>
    <message>
        <source>Header (any order and case): person (email or exact name; they must exist), metric (e.g. time_to_proficiency_days, performance, promotion, engagement), value (a number; yes/no and true/false count as 1/0), and optionally date (YYYY-MM-DD). &apos;network findings&apos; relates each person&apos;s latest value to their position in the network.</source>
        <translation>Kopfzeile (beliebige Reihenfolge und Groß-/Kleinschreibung): person (E-Mail-Adresse oder genauer Name; die Person muss existieren), metric (z. B. time_to_proficiency_days, performance, promotion, engagement), value (eine Zahl; yes/no und true/false zählen als 1/0) und optional date (JJJJ-MM-TT). &apos;network findings&apos; setzt den neuesten Wert jeder Person in Beziehung zu ihrer Position im Netzwerk.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>outcomes import needs exactly one FILE.csv</source>
        <translation>outcomes import braucht genau eine FILE.csv</translation>
    </message>
    <message>
        <source>steward-cli: note: ignored columns: %1</source>
        <translation>steward-cli: Hinweis: ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Imported %1 outcomes for %2 people as batch %3: %4.</source>
        <translation>%1 Ergebnisse für %2 Personen als Stapel %3 importiert: %4.</translation>
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
    <name>SampleCommunity</name>
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
    <name>SampleInteractions</name>
    <message>
        <source>Buddy pairs across teams</source>
        <translation>Teamübergreifende Buddy-Paare</translation>
    </message>
    <message>
        <source>Every newcomer paired with someone from another team for their first month.</source>
        <translation>Jede neue Person bekommt für den ersten Monat jemanden aus einem anderen Team zur Seite gestellt.</translation>
    </message>
    <message>
        <source>Open case round</source>
        <translation>Offene Fallrunde</translation>
    </message>
    <message>
        <source>The monthly case round opened to every team, with a rotating presenter.</source>
        <translation>Die monatliche Fallrunde, geöffnet für alle Teams, mit wechselnden Vortragenden.</translation>
    </message>
    <message>
        <source>Weekly incident retro for all teams</source>
        <translation>Wöchentliche Incident-Retro für alle Teams</translation>
    </message>
    <message>
        <source>Incident retrospectives moved from each team to one weekly guild session.</source>
        <translation>Incident-Retrospektiven wanderten aus den einzelnen Teams in eine wöchentliche Gilden-Sitzung.</translation>
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
    <name>SampleSessions</name>
    <message>
        <source>Berlin office, room Hopper</source>
        <translation>Büro Berlin, Raum Hopper</translation>
    </message>
    <message>
        <source>Fortnightly incident retrospective</source>
        <translation>Incident-Retrospektive alle zwei Wochen</translation>
    </message>
    <message>
        <source>The fortnight&apos;s incidents; one of them in depth, blamelessly.</source>
        <translation>Die Incidents der letzten zwei Wochen; einer davon ausführlich und ohne Schuldzuweisung.</translation>
    </message>
    <message>
        <source>Monthly demo day</source>
        <translation>Monatlicher Demo-Tag</translation>
    </message>
    <message>
        <source>Short demos of real work: dashboards, tooling, runbooks.</source>
        <translation>Kurze Demos echter Arbeit: Dashboards, Tools, Runbooks.</translation>
    </message>
    <message>
        <source>Ask me anything: the new observability stack</source>
        <translation>Ask me anything: der neue Observability-Stack</translation>
    </message>
    <message>
        <source>Questions for the observability team, collected in #sre-guild.</source>
        <translation>Fragen an das Observability-Team, gesammelt in #sre-guild.</translation>
    </message>
    <message>
        <source>Most questions were about sampling and the cost of high-cardinality labels.</source>
        <translation>Die meisten Fragen betrafen Sampling und die Kosten von Labels mit hoher Kardinalität.</translation>
    </message>
    <message>
        <source>Tail-based sampling is on by default; ask before adding a label per user.</source>
        <translation>Tail-based Sampling ist standardmäßig aktiv; vor einem Label pro Benutzer erst nachfragen.</translation>
    </message>
    <message>
        <source>Decision walkthrough: moving to multi-region Postgres</source>
        <translation>Entscheidungs-Walkthrough: Umstieg auf Multi-Region-Postgres</translation>
    </message>
    <message>
        <source>Why we chose logical replication over a managed global database.</source>
        <translation>Warum wir logische Replikation einer verwalteten globalen Datenbank vorgezogen haben.</translation>
    </message>
    <message>
        <source>The failover drill in March tipped the decision.</source>
        <translation>Die Failover-Übung im März gab den Ausschlag.</translation>
    </message>
    <message>
        <source>Write the decision record before the migration, not after it.</source>
        <translation>Den Decision Record vor der Migration schreiben, nicht danach.</translation>
    </message>
    <message>
        <source>Think-pair-share: what makes an alert actionable?</source>
        <translation>Think-Pair-Share: Was macht einen Alert handlungsrelevant?</translation>
    </message>
    <message>
        <source>Bring one alert that woke you up for nothing.</source>
        <translation>Bringen Sie einen Alert mit, der Sie umsonst geweckt hat.</translation>
    </message>
    <message>
        <source>Pairs found that half of the noisy alerts had no runbook link.</source>
        <translation>Die Paare stellten fest, dass die Hälfte der lästigen Alerts keinen Runbook-Link hatte.</translation>
    </message>
    <message>
        <source>Every paging alert names its runbook and its owner.</source>
        <translation>Jeder Alert, der jemanden alarmiert, nennt sein Runbook und seinen Owner.</translation>
    </message>
    <message>
        <source>Decision walkthrough: retiring the legacy pager rota</source>
        <translation>Entscheidungs-Walkthrough: Abschied vom alten Pager-Dienstplan</translation>
    </message>
    <message>
        <source>How the follow-the-sun rota replaced the weekly pager.</source>
        <translation>Wie der Follow-the-Sun-Dienstplan den wöchentlichen Pager ablöste.</translation>
    </message>
    <message>
        <source>The hand-over checklist was the part people valued most.</source>
        <translation>Die Übergabe-Checkliste wurde am meisten geschätzt.</translation>
    </message>
    <message>
        <source>Hand-overs need a written state of the world, every time.</source>
        <translation>Übergaben brauchen jedes Mal einen schriftlichen Lagebericht.</translation>
    </message>
    <message>
        <source>Think-pair-share: toil we could automate next</source>
        <translation>Think-Pair-Share: Routinearbeit, die wir als Nächstes automatisieren könnten</translation>
    </message>
    <message>
        <source>List the three most repetitive things you did this month.</source>
        <translation>Nennen Sie die drei Dinge, die Sie diesen Monat am häufigsten wiederholt haben.</translation>
    </message>
    <message>
        <source>Certificate renewals and access requests came up in most pairs.</source>
        <translation>Zertifikatsverlängerungen und Zugriffsanfragen kamen in den meisten Paaren vor.</translation>
    </message>
    <message>
        <source>Automate what three teams do by hand before what one team does.</source>
        <translation>Erst automatisieren, was drei Teams von Hand erledigen, dann, was ein Team erledigt.</translation>
    </message>
    <message>
        <source>Peer review: the database failover runbook</source>
        <translation>Peer-Review: das Runbook für den Datenbank-Failover</translation>
    </message>
    <message>
        <source>Review the runbook against the shared template before the next drill.</source>
        <translation>Das Runbook vor der nächsten Übung anhand der gemeinsamen Vorlage prüfen.</translation>
    </message>
    <message>
        <source>Lisbon office, room Tejo</source>
        <translation>Büro Lissabon, Raum Tejo</translation>
    </message>
    <message>
        <source>Monthly case round</source>
        <translation>Monatliche Fallrunde</translation>
    </message>
    <message>
        <source>One analyst brings a case they are stuck on; the circle advises.</source>
        <translation>Eine Analystin oder ein Analyst bringt einen festgefahrenen Fall mit; die Runde berät.</translation>
    </message>
    <message>
        <source>PBL cycle: why do new joiners leave in their first year?</source>
        <translation>PBL-Zyklus: Warum verlassen neue Mitarbeitende uns im ersten Jahr?</translation>
    </message>
    <message>
        <source>A cross-functional group works the first-year attrition problem.</source>
        <translation>Eine funktionsübergreifende Gruppe bearbeitet das Problem der Fluktuation im ersten Jahr.</translation>
    </message>
    <message>
        <source>Exit interviews and onboarding surveys tell different stories.</source>
        <translation>Austrittsgespräche und Onboarding-Umfragen erzählen unterschiedliche Geschichten.</translation>
    </message>
    <message>
        <source>Practice sharing: analysis that changed a decision</source>
        <translation>Praxisaustausch: Analysen, die eine Entscheidung verändert haben</translation>
    </message>
    <message>
        <source>Two members share an analysis that changed a decision, or failed to.</source>
        <translation>Zwei Mitglieder stellen eine Analyse vor, die eine Entscheidung verändert hat – oder daran gescheitert ist.</translation>
    </message>
    <message>
        <source>Peer review: engagement survey redesign</source>
        <translation>Peer-Review: Neugestaltung der Engagement-Umfrage</translation>
    </message>
    <message>
        <source>Review the new question set with the survey feedback template.</source>
        <translation>Den neuen Fragenkatalog mit der Feedback-Vorlage für Umfragen prüfen.</translation>
    </message>
    <message>
        <source>Three double-barrelled questions were split; two were dropped.</source>
        <translation>Drei Doppelfragen wurden aufgeteilt, zwei gestrichen.</translation>
    </message>
    <message>
        <source>Pilot new questions with ten people before the full launch.</source>
        <translation>Neue Fragen vor dem vollständigen Start mit zehn Personen erproben.</translation>
    </message>
    <message>
        <source>Ask me anything with the Chief People Officer</source>
        <translation>Ask me anything mit dem Chief People Officer</translation>
    </message>
    <message>
        <source>What leadership wants from people analytics next year.</source>
        <translation>Was die Führung im nächsten Jahr von People Analytics erwartet.</translation>
    </message>
    <message>
        <source>Retention of senior engineers is the question of the year.</source>
        <translation>Die Bindung erfahrener Engineers ist die Frage des Jahres.</translation>
    </message>
    <message>
        <source>Bring options with their trade-offs, not a single number.</source>
        <translation>Optionen mit ihren Vor- und Nachteilen mitbringen, nicht eine einzelne Zahl.</translation>
    </message>
    <message>
        <source>Think-pair-share: the ethics of people data</source>
        <translation>Think-Pair-Share: die Ethik von Personendaten</translation>
    </message>
    <message>
        <source>Where is the line between insight and surveillance?</source>
        <translation>Wo verläuft die Grenze zwischen Erkenntnis und Überwachung?</translation>
    </message>
    <message>
        <source>Pairs agreed that consent and aggregation are not enough alone.</source>
        <translation>Die Paare waren sich einig, dass Einwilligung und Aggregation allein nicht genügen.</translation>
    </message>
    <message>
        <source>Ask &apos;would they expect this?&apos; before every new data source.</source>
        <translation>Vor jeder neuen Datenquelle fragen: „Würden die Betroffenen das erwarten?“</translation>
    </message>
    <message>
        <source>Peer review: promotion-equity analysis</source>
        <translation>Peer-Review: Analyse zur Beförderungsgerechtigkeit</translation>
    </message>
    <message>
        <source>Check the method and the wording before it goes to the leadership team.</source>
        <translation>Methode und Formulierungen prüfen, bevor die Analyse an das Führungsteam geht.</translation>
    </message>
    <message>
        <source>The control variables needed a second look.</source>
        <translation>Die Kontrollvariablen mussten noch einmal geprüft werden.</translation>
    </message>
    <message>
        <source>Publish the method together with the result.</source>
        <translation>Die Methode zusammen mit dem Ergebnis veröffentlichen.</translation>
    </message>
    <message>
        <source>Decision walkthrough: choosing an attrition model</source>
        <translation>Entscheidungs-Walkthrough: die Wahl eines Fluktuationsmodells</translation>
    </message>
    <message>
        <source>Why a simple survival model beat the black box.</source>
        <translation>Warum ein einfaches Überlebenszeitmodell die Blackbox geschlagen hat.</translation>
    </message>
    <message>
        <source>Toronto office, Harbour room</source>
        <translation>Büro Toronto, Raum Harbour</translation>
    </message>
    <message>
        <source>Micro-teach in the Monday team meeting</source>
        <translation>Micro-Teach im montäglichen Teammeeting</translation>
    </message>
    <message>
        <source>One member teaches a tool, a technique or an insight in ten minutes.</source>
        <translation>Ein Mitglied vermittelt in zehn Minuten ein Tool, eine Technik oder eine Erkenntnis.</translation>
    </message>
    <message>
        <source>Renewals mastermind circle</source>
        <translation>Mastermind-Runde Vertragsverlängerungen</translation>
    </message>
    <message>
        <source>Check-in on goals, two hot seats, check-out.</source>
        <translation>Check-in zu den Zielen, zwei Hot Seats, Check-out.</translation>
    </message>
    <message>
        <source>Hot seat: churn risk at Northwind after the price change; agreed to involve the account executive and offer a phased renewal.</source>
        <translation>Hot Seat: Abwanderungsrisiko bei Northwind nach der Preisänderung; vereinbart, den Account Executive einzubinden und eine gestaffelte Verlängerung anzubieten.</translation>
    </message>
    <message>
        <source>Playbook practice sharing</source>
        <translation>Praxisaustausch zu Playbooks</translation>
    </message>
    <message>
        <source>Onboarding, renewal and escalation playbooks: what worked this month.</source>
        <translation>Playbooks für Onboarding, Verlängerung und Eskalation: Was diesen Monat funktioniert hat.</translation>
    </message>
    <message>
        <source>Demo day: the new onboarding journey</source>
        <translation>Demo-Tag: die neue Onboarding-Journey</translation>
    </message>
    <message>
        <source>The onboarding team shows the new journey end to end.</source>
        <translation>Das Onboarding-Team zeigt die neue Journey von Anfang bis Ende.</translation>
    </message>
    <message>
        <source>The welcome call script got the most questions.</source>
        <translation>Zum Skript für den Begrüßungsanruf gab es die meisten Fragen.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s screen, not ours.</source>
        <translation>Den Bildschirm der Kundschaft zeigen, nicht unseren.</translation>
    </message>
    <message>
        <source>Case round: the renewal we nearly lost</source>
        <translation>Fallrunde: die Verlängerung, die wir fast verloren hätten</translation>
    </message>
    <message>
        <source>A renewal that was saved in the last week, told by its account manager.</source>
        <translation>Eine in letzter Woche gerettete Verlängerung, erzählt von der zuständigen Account-Managerin.</translation>
    </message>
    <message>
        <source>The warning signs were in the support tickets months earlier.</source>
        <translation>Die Warnzeichen standen schon Monate vorher in den Support-Tickets.</translation>
    </message>
    <message>
        <source>Review ticket sentiment in every quarterly business review.</source>
        <translation>In jedem Quarterly Business Review die Stimmung in den Tickets auswerten.</translation>
    </message>
    <message>
        <source>Think-pair-share: the first 90 days of a customer</source>
        <translation>Think-Pair-Share: die ersten 90 Tage einer Kundin oder eines Kunden</translation>
    </message>
    <message>
        <source>What must a new customer have achieved by day 90?</source>
        <translation>Was muss ein neuer Kunde bis Tag 90 erreicht haben?</translation>
    </message>
    <message>
        <source>Most pairs named a first report shared with their own boss.</source>
        <translation>Die meisten Paare nannten einen ersten Bericht, den der Kunde mit der eigenen Führungskraft geteilt hat.</translation>
    </message>
    <message>
        <source>Define the day-90 milestone with the customer at kick-off.</source>
        <translation>Den Meilenstein für Tag 90 beim Kick-off gemeinsam mit dem Kunden festlegen.</translation>
    </message>
    <message>
        <source>Peer review: escalation playbook v2</source>
        <translation>Peer-Review: Eskalations-Playbook v2</translation>
    </message>
    <message>
        <source>Review the playbook with the shared feedback template.</source>
        <translation>Das Playbook mit der gemeinsamen Feedback-Vorlage prüfen.</translation>
    </message>
    <message>
        <source>The severity table was clear; the hand-over to engineering was not.</source>
        <translation>Die Schweregradtabelle war klar, die Übergabe an die Entwicklung nicht.</translation>
    </message>
    <message>
        <source>Every escalation names one owner until it is closed.</source>
        <translation>Jede Eskalation hat bis zu ihrem Abschluss genau einen Owner.</translation>
    </message>
    <message>
        <source>Ask me anything: pricing changes with the product lead</source>
        <translation>Ask me anything: Preisänderungen mit der Produktleitung</translation>
    </message>
    <message>
        <source>Questions about next year&apos;s pricing, before customers ask them.</source>
        <translation>Fragen zu den Preisen des nächsten Jahres, bevor die Kundschaft sie stellt.</translation>
    </message>
    <message>
        <source>Community %1 has no members at some level.</source>
        <translation>Die Community %1 hat auf einer Stufe keine Mitglieder.</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Think</translation>
    </message>
    <message>
        <source>Alone and in silence: note your own answer.</source>
        <translation>Allein und in Stille: Notieren Sie Ihre eigene Antwort.</translation>
    </message>
    <message>
        <source>Pair, round 1</source>
        <translation>Pair, Runde 1</translation>
    </message>
    <message>
        <source>Compare answers with your first partner.</source>
        <translation>Vergleichen Sie die Antworten mit Ihrer ersten Partnerin oder Ihrem ersten Partner.</translation>
    </message>
    <message>
        <source>Pair, round 2</source>
        <translation>Pair, Runde 2</translation>
    </message>
    <message>
        <source>A new partner: what did your first pair miss?</source>
        <translation>Neue Partnerin, neuer Partner: Was hat Ihr erstes Paar übersehen?</translation>
    </message>
    <message>
        <source>Pair, round 3</source>
        <translation>Pair, Runde 3</translation>
    </message>
    <message>
        <source>A third partner: agree on the best idea so far.</source>
        <translation>Dritte Partnerin, dritter Partner: Einigen Sie sich auf die bisher beste Idee.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Each pair shares its best idea with the room.</source>
        <translation>Jedes Paar teilt seine beste Idee mit allen.</translation>
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
    <name>SchedulePairsCommand</name>
    <message>
        <source>Round %1: %2
</source>
        <translation>Runde %1: %2
</translation>
    </message>
    <message>
        <source>Repeated pairs: %1
</source>
        <translation>Wiederholte Paare: %1
</translation>
    </message>
    <message>
        <source>Pairs who met in earlier sessions: %1
</source>
        <translation>Paare, die sich in früheren Sitzungen getroffen haben: %1
</translation>
    </message>
    <message>
        <source>schedule pairs needs --participants A,B,... or --session ID</source>
        <translation>schedule pairs braucht --participants A,B,... oder --session ID</translation>
    </message>
    <message>
        <source>--save needs --session</source>
        <translation>--save braucht --session</translation>
    </message>
    <message>
        <source>pairing needs at least two participants (got %1)</source>
        <translation>die Paarbildung braucht mindestens zwei Teilnehmende (erhalten: %1)</translation>
    </message>
    <message>
        <source>session %1 is not in %2</source>
        <translation>Sitzung %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>Plan pairs or small groups for a session&apos;s rounds, avoiding repeats.</source>
        <translation>Plant Paare oder Kleingruppen für die Runden einer Sitzung und vermeidet Wiederholungen.</translation>
    </message>
    <message>
        <source>The community whose earlier pairings count, by name.</source>
        <translation>Die Community, deren frühere Paarbildungen berücksichtigt werden, nach Name.</translation>
    </message>
    <message>
        <source>The people to pair, by email or exact name, separated by commas.</source>
        <translation>Die Personen für die Paarbildung, nach E-Mail-Adresse oder genauem Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Pair for this session: its attendees, or else its roles.</source>
        <translation>Paarbildung für diese Sitzung: ihre Teilnehmenden, sonst ihre Rollen.</translation>
    </message>
    <message>
        <source>The occurrence, for a series.</source>
        <translation>Der Termin, bei einer Serie.</translation>
    </message>
    <message>
        <source>How many rounds.</source>
        <translation>Wie viele Runden.</translation>
    </message>
    <message>
        <source>2 for pairs (default), 3 or 4 for groups.</source>
        <translation>2 für Paare (Standard), 3 oder 4 für Gruppen.</translation>
    </message>
    <message>
        <source>Prefer putting people of different teams together.</source>
        <translation>Personen aus verschiedenen Teams bevorzugt zusammenbringen.</translation>
    </message>
    <message>
        <source>Seed (same seed, same plan; default 0).</source>
        <translation>Startwert (gleicher Startwert, gleicher Plan; Standard: 0).</translation>
    </message>
    <message>
        <source>Store the rounds with the session (needs --session).</source>
        <translation>Speichert die Runden mit der Sitzung (braucht --session).</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>session %1 has %2 participants on %3: pairing needs at least two (record attendance or give --participants)</source>
        <translation>Sitzung %1 hat am %3 %2 Teilnehmende: Die Paarbildung braucht mindestens zwei (Teilnahme erfassen oder --participants angeben)</translation>
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
    <name>Session</name>
    <message>
        <source>The session &quot;%1&quot; is not a series.</source>
        <translation>Die Sitzung „%1“ ist keine Serie.</translation>
    </message>
</context>
<context>
    <name>SessionAddCommand</name>
    <message>
        <source>unknown session type %1: use one of %2</source>
        <translation>unbekannter Sitzungstyp %1: verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>--start %1 is not a time in the form YYYY-MM-DDTHH:MM</source>
        <translation>--start %1 ist keine Zeitangabe der Form YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it that day</source>
        <translation>%1 existiert in %2 nicht: Die Uhren überspringen diese Zeit an diesem Tag</translation>
    </message>
    <message>
        <source>--count and --until need --repeat</source>
        <translation>--count und --until brauchen --repeat</translation>
    </message>
    <message>
        <source>unknown --repeat %1: use weekly, biweekly or monthly</source>
        <translation>unbekanntes --repeat %1: verwenden Sie weekly, biweekly oder monthly</translation>
    </message>
    <message>
        <source>a series needs an end: give --count N or --until YYYY-MM-DD</source>
        <translation>eine Serie braucht ein Ende: --count N oder --until YYYY-MM-DD angeben</translation>
    </message>
    <message>
        <source>give a series --count or --until, not both</source>
        <translation>einer Serie --count oder --until geben, nicht beides</translation>
    </message>
    <message>
        <source>the series would end on %1, before it starts on %2</source>
        <translation>die Serie würde am %1 enden, vor ihrem Beginn am %2</translation>
    </message>
    <message>
        <source>--role %1 is not ROLE=PERSON with a role of presenter, note-taker, observer or co-lead</source>
        <translation>--role %1 ist nicht ROLE=PERSON mit einer der Rollen presenter, note-taker, observer oder co-lead</translation>
    </message>
    <message>
        <source>Add a session or a series of sessions to a community; prints its id.</source>
        <translation>Fügt einer Community eine Sitzung oder eine Serie von Sitzungen hinzu; gibt deren ID aus.</translation>
    </message>
    <message>
        <source>The community, by name.</source>
        <translation>Die Community, nach Name.</translation>
    </message>
    <message>
        <source>The format of the session.</source>
        <translation>Das Format der Sitzung.</translation>
    </message>
    <message>
        <source>The title of the session.</source>
        <translation>Der Titel der Sitzung.</translation>
    </message>
    <message>
        <source>When it starts, on the clock of its time zone.</source>
        <translation>Wann sie beginnt, nach der Uhrzeit ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>How long it lasts (1 to 1440).</source>
        <translation>Wie lange sie dauert (1 bis 1440).</translation>
    </message>
    <message>
        <source>Its time zone (default: the system&apos;s).</source>
        <translation>Ihre Zeitzone (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Who facilitates, by email or exact name.</source>
        <translation>Wer moderiert, nach E-Mail-Adresse oder genauem Namen.</translation>
    </message>
    <message>
        <source>Make it a series; monthly keeps the start&apos;s n-th weekday.</source>
        <translation>Macht sie zu einer Serie; monthly behält den n-ten Wochentag des Beginns bei.</translation>
    </message>
    <message>
        <source>How many sessions the series has.</source>
        <translation>Wie viele Sitzungen die Serie hat.</translation>
    </message>
    <message>
        <source>The last day of the series.</source>
        <translation>Der letzte Tag der Serie.</translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation>Wo sie stattfindet.</translation>
    </message>
    <message>
        <source>The link to join it.</source>
        <translation>Der Link zur Teilnahme.</translation>
    </message>
    <message>
        <source>The agenda.</source>
        <translation>Die Agenda.</translation>
    </message>
    <message>
        <source>Notes of the session.</source>
        <translation>Notizen zur Sitzung.</translation>
    </message>
    <message>
        <source>Captured learnings.</source>
        <translation>Festgehaltene Erkenntnisse.</translation>
    </message>
    <message>
        <source>Keep notes and learnings in the app: never listed or exported.</source>
        <translation>Notizen und Erkenntnisse in der App behalten: nie aufgelistet oder exportiert.</translation>
    </message>
    <message>
        <source>A role: presenter, note-taker, observer or co-lead, and a person (repeatable).</source>
        <translation>Eine Rolle – presenter, note-taker, observer oder co-lead – und eine Person (wiederholbar).</translation>
    </message>
</context>
<context>
    <name>SessionAttendCommand</name>
    <message>
        <source>Record whether a person attended, was excused or was absent.</source>
        <translation>Hält fest, ob eine Person teilgenommen hat, entschuldigt oder abwesend war.</translation>
    </message>
    <message>
        <source>The session, by id.</source>
        <translation>Die Sitzung, nach ID.</translation>
    </message>
    <message>
        <source>The person, by email or exact name.</source>
        <translation>Die Person, nach E-Mail-Adresse oder genauem Namen.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Was geschehen ist.</translation>
    </message>
    <message>
        <source>The occurrence, for a series (the day it falls on).</source>
        <translation>Der Termin, bei einer Serie (der Tag, auf den er fällt).</translation>
    </message>
    <message>
        <source>unknown status %1: use attended, excused or absent</source>
        <translation>unbekannter Status %1: verwenden Sie attended, excused oder absent</translation>
    </message>
    <message>
        <source>%1: %2 at &quot;%3&quot; on %4.</source>
        <translation>%1: %2 bei „%3“ am %4.</translation>
    </message>
</context>
<context>
    <name>SessionAttendanceRepository</name>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take place on %2.</source>
        <translation>„%1“ findet am %2 nicht statt.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Keine Person hat die ID %1.</translation>
    </message>
    <message>
        <source>Could not record attendance: %1</source>
        <translation>Die Teilnahme konnte nicht festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionCommandInput</name>
    <message>
        <source>%1 needs --%2</source>
        <translation>%1 braucht --%2</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date in the form YYYY-MM-DD</source>
        <translation>--%1 %2 ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not %4</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, nicht %4</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone &apos;%1&apos;: verwenden Sie einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>no community is named %1</source>
        <translation>keine Community heißt %1</translation>
    </message>
    <message>
        <source>--session needs a session id (a number), not %1</source>
        <translation>--session braucht eine Sitzungs-ID (eine Zahl), nicht %1</translation>
    </message>
    <message>
        <source>there is no session with the id %1</source>
        <translation>es gibt keine Sitzung mit der ID %1</translation>
    </message>
    <message>
        <source>session %1 is a series: give --date of the occurrence</source>
        <translation>Sitzung %1 ist eine Serie: --date des Termins angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (session %2) does not take place on %3</source>
        <translation>„%1“ (Sitzung %2) findet am %3 nicht statt</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>Case round</source>
        <translation>Fallrunde</translation>
    </message>
    <message>
        <source>Decision walkthrough</source>
        <translation>Entscheidungs-Walkthrough</translation>
    </message>
    <message>
        <source>Incident retrospective</source>
        <translation>Incident-Retrospektive</translation>
    </message>
    <message>
        <source>Think-pair-share</source>
        <translation>Think-Pair-Share</translation>
    </message>
    <message>
        <source>Micro-teach</source>
        <translation>Micro-Teach</translation>
    </message>
    <message>
        <source>Problem-based learning cycle</source>
        <translation>Zyklus problembasierten Lernens</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Peer-Review</translation>
    </message>
    <message>
        <source>Mastermind</source>
        <translation>Mastermind</translation>
    </message>
    <message>
        <source>Ask me anything</source>
        <translation>Ask me anything</translation>
    </message>
    <message>
        <source>Demo day</source>
        <translation>Demo-Tag</translation>
    </message>
    <message>
        <source>Practice sharing</source>
        <translation>Praxisaustausch</translation>
    </message>
</context>
<context>
    <name>SessionListCommand</name>
    <message>
        <source>List a community&apos;s sessions, series expanded into occurrences.</source>
        <translation>Listet die Sitzungen einer Community auf, Serien in einzelne Termine aufgelöst.</translation>
    </message>
    <message>
        <source>The community, by name.</source>
        <translation>Die Community, nach Name.</translation>
    </message>
    <message>
        <source>The first day of the window (default: no limit).</source>
        <translation>Der erste Tag des Zeitfensters (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>The last day of the window (default: no limit).</source>
        <translation>Der letzte Tag des Zeitfensters (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
</context>
<context>
    <name>SessionPairingRepository</name>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take place on %2.</source>
        <translation>„%1“ findet am %2 nicht statt.</translation>
    </message>
    <message>
        <source>Rounds and groups are numbered from 1.</source>
        <translation>Runden und Gruppen werden ab 1 nummeriert.</translation>
    </message>
    <message>
        <source>Person %1 is in two groups of round %2.</source>
        <translation>Person %1 ist in Runde %2 in zwei Gruppen.</translation>
    </message>
    <message>
        <source>Group %1 of round %2 leaves someone alone.</source>
        <translation>Gruppe %1 in Runde %2 lässt jemanden allein.</translation>
    </message>
    <message>
        <source>Could not save the pairs: %1</source>
        <translation>Die Paare konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Person %1 has no group in round %2 on %3.</source>
        <translation>Person %1 hat in Runde %2 am %3 keine Gruppe.</translation>
    </message>
    <message>
        <source>Round %1 on %2 has no group %3.</source>
        <translation>Runde %1 am %2 hat keine Gruppe %3.</translation>
    </message>
    <message>
        <source>A do-not-pair wish needs two different people.</source>
        <translation>Ein Wunsch, nicht gepaart zu werden, braucht zwei verschiedene Personen.</translation>
    </message>
    <message>
        <source>Could not save the do-not-pair wish: %1</source>
        <translation>Der Wunsch, nicht gepaart zu werden, konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionPhasePlan</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Who is here, and what do you hope to take away today?</source>
        <translation>Wer ist da, und was möchten Sie heute mitnehmen?</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <source>The case giver describes the situation, what they tried and where they are stuck.</source>
        <translation>Die fallgebende Person beschreibt die Situation, was sie versucht hat und wo sie feststeckt.</translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation>Verständnisfragen</translation>
    </message>
    <message>
        <source>Questions of fact only: what happened, who, under which limits.</source>
        <translation>Nur Sachfragen: Was ist passiert, wer war beteiligt, unter welchen Einschränkungen?</translation>
    </message>
    <message>
        <source>Advice round</source>
        <translation>Beratungsrunde</translation>
    </message>
    <message>
        <source>Each person offers one idea or experience; the case giver listens without answering.</source>
        <translation>Jede Person bringt eine Idee oder Erfahrung ein; die fallgebende Person hört zu, ohne zu antworten.</translation>
    </message>
    <message>
        <source>Case giver reflects</source>
        <translation>Reflexion der fallgebenden Person</translation>
    </message>
    <message>
        <source>What was useful? What will you try next?</source>
        <translation>Was war hilfreich? Was probieren Sie als Nächstes aus?</translation>
    </message>
    <message>
        <source>Capture learnings</source>
        <translation>Erkenntnisse festhalten</translation>
    </message>
    <message>
        <source>Write down the heuristics worth keeping in the repertoire.</source>
        <translation>Die Faustregeln aufschreiben, die ins Repertoire gehören.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>What was decided, when, and what did we know at the time?</source>
        <translation>Was wurde wann entschieden, und was wussten wir damals?</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Which options were on the table, and which were never considered?</source>
        <translation>Welche Optionen lagen auf dem Tisch, und welche wurden nie erwogen?</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Walk through the trade-offs and the signals that tipped it.</source>
        <translation>Die Abwägungen und die ausschlaggebenden Signale durchgehen.</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>What happened next? What would we decide now, and why?</source>
        <translation>Was geschah danach? Wie würden wir heute entscheiden, und warum?</translation>
    </message>
    <message>
        <source>Turn the reasoning into a decision record or a checklist.</source>
        <translation>Die Begründung in einen Decision Record oder eine Checkliste überführen.</translation>
    </message>
    <message>
        <source>Set the stage</source>
        <translation>Rahmen setzen</translation>
    </message>
    <message>
        <source>Restate the blameless norm: we look at systems, not culprits.</source>
        <translation>Die Regel der Schuldfreiheit bekräftigen: Wir betrachten Systeme, nicht Schuldige.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Rebuild what happened, step by step, from the evidence.</source>
        <translation>Anhand der Belege Schritt für Schritt rekonstruieren, was geschehen ist.</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>What made the incident possible, and what made it worse or better?</source>
        <translation>Was hat den Incident möglich gemacht, und was hat ihn verschlimmert oder gemildert?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Which practices, tools or people helped us recover?</source>
        <translation>Welche Praktiken, Tools oder Personen haben uns bei der Wiederherstellung geholfen?</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Agree on a few concrete follow-ups, each with an owner.</source>
        <translation>Einige konkrete Folgeaufgaben vereinbaren, jede mit einer verantwortlichen Person.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>One sentence each: what will you do differently?</source>
        <translation>Ein Satz pro Person: Was werden Sie anders machen?</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Think</translation>
    </message>
    <message>
        <source>Alone and in silence: note your own answer to the question.</source>
        <translation>Allein und in Stille: Notieren Sie Ihre eigene Antwort auf die Frage.</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>In pairs: compare your answers and build on each other&apos;s.</source>
        <translation>Zu zweit: Vergleichen Sie Ihre Antworten und bauen Sie aufeinander auf.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Each pair shares its best idea with the room.</source>
        <translation>Jedes Paar teilt seine beste Idee mit allen.</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>Vermitteln</translation>
    </message>
    <message>
        <source>One member teaches a tool, a technique or an insight.</source>
        <translation>Ein Mitglied vermittelt ein Tool, eine Technik oder eine Erkenntnis.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Quick questions, and where to learn more.</source>
        <translation>Kurze Fragen und wo man mehr erfährt.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Das Problem</translation>
    </message>
    <message>
        <source>Present the real problem and what success would look like.</source>
        <translation>Das echte Problem vorstellen und wie Erfolg aussehen würde.</translation>
    </message>
    <message>
        <source>What we know</source>
        <translation>Was wir wissen</translation>
    </message>
    <message>
        <source>List the facts, the assumptions and what we still need to learn.</source>
        <translation>Fakten, Annahmen und offene Wissenslücken auflisten.</translation>
    </message>
    <message>
        <source>Work the problem</source>
        <translation>Am Problem arbeiten</translation>
    </message>
    <message>
        <source>Small cross-functional groups investigate; the rotating facilitator keeps time.</source>
        <translation>Kleine funktionsübergreifende Gruppen recherchieren; die wechselnde Moderation achtet auf die Zeit.</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Each group shares its findings and open questions.</source>
        <translation>Jede Gruppe teilt ihre Ergebnisse und offenen Fragen.</translation>
    </message>
    <message>
        <source>Write down what we learned and hand over to the next facilitator.</source>
        <translation>Aufschreiben, was wir gelernt haben, und an die nächste Moderation übergeben.</translation>
    </message>
    <message>
        <source>The author says what the work is for and which feedback helps.</source>
        <translation>Die Autorin oder der Autor erklärt, wozu die Arbeit dient und welches Feedback hilft.</translation>
    </message>
    <message>
        <source>Silent reading</source>
        <translation>Stilles Lesen</translation>
    </message>
    <message>
        <source>Read the work against the shared feedback template.</source>
        <translation>Die Arbeit anhand der gemeinsamen Feedback-Vorlage lesen.</translation>
    </message>
    <message>
        <source>Feedback round</source>
        <translation>Feedbackrunde</translation>
    </message>
    <message>
        <source>Each reviewer follows the template: strengths, questions, suggestions.</source>
        <translation>Alle Reviewer folgen der Vorlage: Stärken, Fragen, Vorschläge.</translation>
    </message>
    <message>
        <source>Author responds</source>
        <translation>Antwort der Autorin oder des Autors</translation>
    </message>
    <message>
        <source>The author says what they will take on.</source>
        <translation>Die Autorin oder der Autor sagt, was sie oder er übernimmt.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Record the verdicts and the follow-ups.</source>
        <translation>Die Urteile und die Folgeaufgaben festhalten.</translation>
    </message>
    <message>
        <source>Each member: progress on the goal set last time.</source>
        <translation>Jedes Mitglied: Fortschritt beim Ziel vom letzten Mal.</translation>
    </message>
    <message>
        <source>Hot seats</source>
        <translation>Hot Seats</translation>
    </message>
    <message>
        <source>Focused time per member: present the challenge, take questions, receive advice.</source>
        <translation>Konzentrierte Zeit pro Mitglied: die Herausforderung vorstellen, Fragen beantworten, Rat erhalten.</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Each member names one commitment for the next meeting.</source>
        <translation>Jedes Mitglied nennt eine Verpflichtung für das nächste Treffen.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>The host introduces the expert and the ground rules.</source>
        <translation>Die Gastgeberin oder der Gastgeber stellt die Expertin oder den Experten und die Grundregeln vor.</translation>
    </message>
    <message>
        <source>Questions from the room and the channel, most voted first.</source>
        <translation>Fragen aus dem Raum und dem Kanal, die mit den meisten Stimmen zuerst.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Where to go next: links, people, follow-up sessions.</source>
        <translation>Wie es weitergeht: Links, Personen, Folgesitzungen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>The running order and the time per demo.</source>
        <translation>Der Ablauf und die Zeit pro Demo.</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>Demos</translation>
    </message>
    <message>
        <source>Each presenter shows real work in a short, timed slot.</source>
        <translation>Jede Person zeigt echte Arbeit in einem kurzen, festen Zeitfenster.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Questions, kudos and offers of help.</source>
        <translation>Fragen, Lob und Hilfsangebote.</translation>
    </message>
    <message>
        <source>What has changed in your practice since last time?</source>
        <translation>Was hat sich seit dem letzten Mal in Ihrer Praxis verändert?</translation>
    </message>
    <message>
        <source>Practice stories</source>
        <translation>Praxisgeschichten</translation>
    </message>
    <message>
        <source>Two or three members share a practice that worked, or one that failed.</source>
        <translation>Zwei oder drei Mitglieder teilen eine Praxis, die funktioniert hat – oder eine, die gescheitert ist.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>How could others adapt it? What would stop them?</source>
        <translation>Wie könnten andere sie übernehmen? Was würde sie daran hindern?</translation>
    </message>
    <message>
        <source>Add what is worth keeping to the repertoire.</source>
        <translation>Was sich lohnt, ins Repertoire aufnehmen.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>A session needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; belongs to no community.</source>
        <translation>Die Sitzung „%1“ gehört zu keiner Community.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; needs a start.</source>
        <translation>Die Sitzung „%1“ braucht einen Beginn.</translation>
    </message>
    <message>
        <source>A session must last between 1 minute and 24 hours (got %1 minutes).</source>
        <translation>Ein Termin muss zwischen 1 Minute und 24 Stunden dauern (erhalten: %1 Minuten).</translation>
    </message>
    <message>
        <source>Only a series can move or cancel single occurrences.</source>
        <translation>Nur bei einer Serie können einzelne Termine verschoben oder abgesagt werden.</translation>
    </message>
    <message>
        <source>The community of &quot;%1&quot; does not exist.</source>
        <translation>Die Community von „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Keine Person hat die ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 would overlap &quot;%3&quot; (%4 to %5) in the same community.</source>
        <translation>„%1“ um %2 würde sich in derselben Community mit „%3“ (%4 bis %5) überschneiden.</translation>
    </message>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>Could not save the series.</source>
        <translation>Die Serie konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the roles.</source>
        <translation>Die Rollen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the phase plan.</source>
        <translation>Der Phasenplan konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not add the session &quot;%1&quot;: %2</source>
        <translation>Die Sitzung „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; no longer exists.</source>
        <translation>Die Sitzung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not save the session &quot;%1&quot;: %2</source>
        <translation>Die Sitzung „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Every phase needs a name.</source>
        <translation>Jede Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>The phase &quot;%1&quot; must last between 1 minute and 24 hours.</source>
        <translation>Die Phase „%1“ muss zwischen 1 Minute und 24 Stunden dauern.</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <source>Presenter</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Protokollant</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>Co-Leitung</translation>
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
