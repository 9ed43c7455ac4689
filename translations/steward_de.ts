<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>start_date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>start_date &apos;%1&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>der Name fehlt</translation>
    </message>
    <message>
        <source>The database did not answer PRAGMA %1.</source>
        <translation>Die Datenbank hat auf PRAGMA %1 nicht geantwortet.</translation>
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
    <name>steward::CommunityRepository</name>
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
    <name>steward::CsvReader</name>
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
    <name>steward::Database</name>
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
    <name>steward::MembershipRepository</name>
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
    <name>steward::PeopleCsvImport</name>
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
    <name>steward::PeopleMatcher</name>
    <message>
        <source>%1 people are named &apos;%2&apos;; add their email to tell them apart</source>
        <translation>%1 Personen heißen &apos;%2&apos;; fügen Sie ihre E-Mail-Adresse hinzu, um sie zu unterscheiden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is also on line %2</source>
        <translation>&apos;%1&apos; steht auch in Zeile %2</translation>
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
    <name>steward::PersonRepository</name>
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
    <name>steward::RecordTable</name>
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
