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
        <source>The first day away (required).</source>
        <translation>Der erste Tag der Abwesenheit (erforderlich).</translation>
    </message>
    <message>
        <source>The last day away, included (default: the first day).</source>
        <translation>Der letzte Tag der Abwesenheit, einschließlich (Standard: der erste Tag).</translation>
    </message>
    <message>
        <source>absence add needs --from YYYY-MM-DD</source>
        <translation>absence add braucht --from YYYY-MM-DD</translation>
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
    <name>ActivityImportCommand</name>
    <message>
        <source>Import a Slack workspace export (.zip) as interactions, as one batch.</source>
        <translation>Einen Slack-Workspace-Export (.zip) als Interaktionen importieren, als ein Stapel.</translation>
    </message>
    <message>
        <source>Import a Discord channel (DiscordChatExporter JSON) as interactions, as one batch.</source>
        <translation>Einen Discord-Kanal (DiscordChatExporter-JSON) als Interaktionen importieren, als ein Stapel.</translation>
    </message>
    <message>
        <source>Import Microsoft Teams channel messages (Graph API JSON) as interactions, as one batch.</source>
        <translation>Nachrichten eines Microsoft-Teams-Kanals (Graph-API-JSON) als Interaktionen importieren, als ein Stapel.</translation>
    </message>
    <message>
        <source>Import GitHub pull-request reviews (REST API JSON) as interactions, as one batch.</source>
        <translation>GitHub-Pull-Request-Reviews (REST-API-JSON) als Interaktionen importieren, als ein Stapel.</translation>
    </message>
    <message>
        <source>Import a name-generator survey (CSV) as interactions, as one batch.</source>
        <translation>Eine Namensgenerator-Umfrage (CSV) als Interaktionen importieren, als ein Stapel.</translation>
    </message>
    <message>
        <source>Rules: a reply in a thread is a tie replier -&gt; thread starter; an @mention is a tie author -&gt; mentioned person; a review is a tie reviewer -&gt; pull-request author; a survey answer is a tie respondent -&gt; named person, with the question as its channel. Every tie has weight 1 (surveys: their strength). Ties to oneself are dropped; bot messages, joins, leaves and other system messages are skipped; an edited message counts once; messages by or ties to deleted or unknown accounts are skipped and nobody is invented for them - all counted in &apos;skipped&apos;. People are matched by the platform&apos;s id, then email, then name (Unicode NFKC, case-insensitive); whoever matches nobody is created and flagged unmatched, to merge later. Everyone met becomes an observer of the community unless already a member. All or nothing: any bad entry stops the import and changes nothing. &apos;steward-cli import undo BATCH_ID&apos; takes it all back.</source>
        <translation>Regeln: Eine Antwort in einem Thread ist eine Verbindung Antwortende(r) -&gt; Thread-Starter(in); eine @Erwähnung ist eine Verbindung Autor(in) -&gt; erwähnte Person; ein Review ist eine Verbindung Reviewer(in) -&gt; Autor(in) des Pull-Requests; eine Umfrageantwort ist eine Verbindung befragte -&gt; genannte Person, mit der Frage als Kanal. Jede Verbindung hat Gewicht 1 (Umfragen: ihre Stärke). Verbindungen zu sich selbst entfallen; Bot-Nachrichten, Beitritte, Austritte und andere Systemnachrichten werden übersprungen; eine bearbeitete Nachricht zählt einmal; Nachrichten von oder Verbindungen zu gelöschten oder unbekannten Konten werden übersprungen, und niemand wird für sie erfunden - alles gezählt unter &apos;skipped&apos;. Personen werden über die ID der Plattform zugeordnet, dann über die E-Mail, dann über den Namen (Unicode NFKC, ohne Groß-/Kleinschreibung); wer niemandem zugeordnet werden kann, wird angelegt und als nicht zugeordnet markiert, um später zusammengeführt zu werden. Alle, die vorkommen, werden Beobachter(innen) der Community, sofern sie nicht schon Mitglied sind. Alles oder nichts: Ein fehlerhafter Eintrag beendet den Import und ändert nichts. &apos;steward-cli import undo BATCH_ID&apos; nimmt alles zurück.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>The community the activity belongs to.</source>
        <translation>Die Community, zu der die Aktivität gehört.</translation>
    </message>
    <message>
        <source>Import only these channels (comma-separated; default: all).</source>
        <translation>Nur diese Kanäle importieren (durch Kommas getrennt; Standard: alle).</translation>
    </message>
    <message>
        <source>Read everything and report the counts, but change nothing.</source>
        <translation>Alles lesen und die Zahlen berichten, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>%1 needs exactly one %2</source>
        <translation>%1 braucht genau eine %2</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed:</source>
        <translation>Probelauf, nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Imported as batch %1:</source>
        <translation>Als Stapel %1 importiert:</translation>
    </message>
    <message>
        <source>  %1 messages read, %2 interactions, %3 people matched, %4 people created (unmatched, to review)</source>
        <translation>  %1 Nachrichten gelesen, %2 Interaktionen, %3 Personen zugeordnet, %4 Personen angelegt (nicht zugeordnet, zu prüfen)</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  übersprungen %1: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ActivityImporter</name>
    <message>
        <source>The channel &apos;%1&apos; is not in the file</source>
        <translation>Der Kanal &apos;%1&apos; ist nicht in der Datei</translation>
    </message>
    <message>
        <source>The file gave no interactions</source>
        <translation>Die Datei ergab keine Interaktionen</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: die Datei ist größer als %2 MB</translation>
    </message>
    <message>
        <source>There is no community named &apos;%1&apos;.</source>
        <translation>Es gibt keine Community namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ActivityWriter</name>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Several people are named &apos;%1&apos;; a new person was created to merge later</source>
        <translation>Mehrere Personen heißen &apos;%1&apos;; eine neue Person wurde angelegt, die später zusammengeführt werden kann</translation>
    </message>
    <message>
        <source>Appeared in imported activity (%1)</source>
        <translation>In importierter Aktivität aufgetaucht (%1)</translation>
    </message>
</context>
<context>
    <name>AddArtefactCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
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
    <name>AddFeedbackTemplateCommand</name>
    <message>
        <source>Add the template %1</source>
        <translation>Vorlage %1 hinzufügen</translation>
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
    <name>AddReviewCommand</name>
    <message>
        <source>Add a review</source>
        <translation>Review hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddSessionCommand</name>
    <message>
        <source>Add session %1</source>
        <translation>Treffen %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AppendixSection</name>
    <message>
        <source>Members at the end of the period, by level.</source>
        <translation>Mitglieder am Ende des Zeitraums, nach Stufe.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
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
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <source>Appendix: members</source>
        <translation>Anhang: Mitglieder</translation>
    </message>
    <message>
        <source>The community has no members.</source>
        <translation>Die Community hat keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>ArchiveFiles</name>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The archived database is not a Steward workspace.</source>
        <translation>Die archivierte Datenbank ist kein Steward-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The archived database is damaged: %1</source>
        <translation>Die archivierte Datenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Could not move &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; konnte nicht nach &apos;%2&apos; verschoben werden: %3</translation>
    </message>
</context>
<context>
    <name>ArchiveManifest</name>
    <message>
        <source>manifest.json: an entry needs a name, a size and a SHA-256 in hex</source>
        <translation>manifest.json: Ein Eintrag braucht einen Namen, eine Größe und eine SHA-256 in Hex</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at offset %1: %2)</source>
        <translation>manifest.json ist kein gültiges JSON (bei Position %1: %2)</translation>
    </message>
    <message>
        <source>manifest.json: format_version is missing</source>
        <translation>manifest.json: format_version fehlt</translation>
    </message>
    <message>
        <source>The archive was written by a newer Steward (archive format %1; this version reads up to %2). Update Steward to restore it.</source>
        <translation>Das Archiv wurde von einem neueren Steward geschrieben (Archivformat %1; diese Version liest bis %2). Aktualisieren Sie Steward, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>manifest.json: schema_version or entries is missing</source>
        <translation>manifest.json: schema_version oder entries fehlt</translation>
    </message>
</context>
<context>
    <name>Artefact</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Entscheidungsbaum</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Heuristic</source>
        <translation>Heuristik</translation>
    </message>
    <message>
        <source>Case write-up</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Begutachtet</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>ArtefactAddCommand</name>
    <message>
        <source>Add an artefact to a community&apos;s repertoire (or a draft from a session&apos;s learnings).</source>
        <translation>Ein Artefakt zum Repertoire einer Community hinzufügen (oder einen Entwurf aus den Erkenntnissen einer Sitzung).</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>give one origin: --from-session, --seat or --incident</source>
        <translation>nur eine Herkunft angeben: --from-session, --seat oder --incident</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>The title (not empty).</source>
        <translation>Der Titel (nicht leer).</translation>
    </message>
    <message>
        <source>The body in Markdown (raw HTML is kept but always shown as text).</source>
        <translation>Der Inhalt in Markdown (rohes HTML bleibt erhalten, wird aber immer als Text angezeigt).</translation>
    </message>
    <message>
        <source>Read the body from a Markdown file.</source>
        <translation>Den Inhalt aus einer Markdown-Datei lesen.</translation>
    </message>
    <message>
        <source>A tag of the community&apos;s vocabulary (repeatable).</source>
        <translation>Ein Schlagwort aus dem Vokabular der Community (wiederholbar).</translation>
    </message>
    <message>
        <source>A tag to add to the vocabulary and use (repeatable).</source>
        <translation>Ein Schlagwort, das dem Vokabular hinzugefügt und verwendet wird (wiederholbar).</translation>
    </message>
    <message>
        <source>An author, by name or email (repeatable).</source>
        <translation>Ein Autor, mit Name oder E-Mail (wiederholbar).</translation>
    </message>
    <message>
        <source>draft (default), current or retired.</source>
        <translation>draft (Standard), current oder retired.</translation>
    </message>
    <message>
        <source>The session it came from; without --title, a draft from the session&apos;s learnings.</source>
        <translation>Die Sitzung, aus der es stammt; ohne --title ein Entwurf aus den Erkenntnissen der Sitzung.</translation>
    </message>
    <message>
        <source>The hot seat (rotation seat id) it came from.</source>
        <translation>Der Hot Seat (Rotationsplatz-ID), aus dem es stammt.</translation>
    </message>
    <message>
        <source>The incident it came from (a link or reference).</source>
        <translation>Der Vorfall, aus dem es stammt (ein Link oder eine Referenz).</translation>
    </message>
    <message>
        <source>artefact add needs --community NAME and --title TEXT</source>
        <translation>artefact add braucht --community NAME und --title TEXT</translation>
    </message>
    <message>
        <source>artefact add needs --kind KIND</source>
        <translation>artefact add braucht --kind KIND</translation>
    </message>
    <message>
        <source>steward-cli: note: the body holds raw HTML; it is kept, and always shown as text.</source>
        <translation>steward-cli: Hinweis: der Inhalt enthält rohes HTML; es bleibt erhalten und wird immer als Text angezeigt.</translation>
    </message>
    <message>
        <source>Added artefact %1 &apos;%2&apos; (%3, %4) to %5.</source>
        <translation>Artefakt %1 &apos;%2&apos; (%3, %4) zu %5 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ArtefactCommandInput</name>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>there is no community named &apos;%1&apos;</source>
        <translation>es gibt keine Community namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a positive whole number</source>
        <translation>%1: &apos;%2&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Only artefacts of this kind: %1.</source>
        <translation>Nur Artefakte dieser Art: %1.</translation>
    </message>
    <message>
        <source>Only artefacts with this status: %1.</source>
        <translation>Nur Artefakte mit diesem Status: %1.</translation>
    </message>
    <message>
        <source>Only artefacts with this tag.</source>
        <translation>Nur Artefakte mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>Only artefacts this person wrote (name or email).</source>
        <translation>Nur Artefakte, die diese Person geschrieben hat (Name oder E-Mail).</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of artefact; use one of: %2</source>
        <translation>--kind: &apos;%1&apos; ist keine Art von Artefakt; eine davon verwenden: %2</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status; use one of: %2</source>
        <translation>--status: &apos;%1&apos; ist kein Status; einen davon verwenden: %2</translation>
    </message>
    <message>
        <source>there is no artefact with id %1</source>
        <translation>es gibt kein Artefakt mit der ID %1</translation>
    </message>
</context>
<context>
    <name>ArtefactEditCommand</name>
    <message>
        <source>Change an artefact&apos;s title, body, tags, kind, status or authors (a new version).</source>
        <translation>Titel, Text, Schlagwörter, Art, Status oder Autor:innen eines Artefakts ändern (eine neue Version).</translation>
    </message>
    <message>
        <source>--body-file: cannot read &apos;%1&apos;: %2</source>
        <translation>--body-file: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The artefact&apos;s id.</source>
        <translation>Die ID des Artefakts.</translation>
    </message>
    <message>
        <source>The new title (not empty).</source>
        <translation>Der neue Titel (nicht leer).</translation>
    </message>
    <message>
        <source>The new body in Markdown.</source>
        <translation>Der neue Text in Markdown.</translation>
    </message>
    <message>
        <source>Read the new body from a Markdown file.</source>
        <translation>Den neuen Text aus einer Markdown-Datei lesen.</translation>
    </message>
    <message>
        <source>The tags, comma-separated, from the community&apos;s vocabulary (empty: none).</source>
        <translation>Die Schlagwörter, durch Kommas getrennt, aus dem Vokabular der Community (leer: keine).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>One of: %1 (&apos;reviewed&apos; needs an approving review).</source>
        <translation>Eines von: %1 („reviewed“ braucht ein zustimmendes Review).</translation>
    </message>
    <message>
        <source>The authors, comma-separated names or emails (replaces the list).</source>
        <translation>Die Autor:innen, Namen oder E-Mails durch Kommas getrennt (ersetzt die Liste).</translation>
    </message>
    <message>
        <source>artefact edit needs one ID</source>
        <translation>artefact edit braucht eine ID</translation>
    </message>
    <message>
        <source>steward-cli: note: the body holds raw HTML; it is kept, and always shown as text.</source>
        <translation>steward-cli: Hinweis: der Inhalt enthält rohes HTML; es bleibt erhalten und wird immer als Text angezeigt.</translation>
    </message>
    <message>
        <source>Saved artefact %1 &apos;%2&apos; as version %3 (%4).</source>
        <translation>Artefakt %1 „%2“ als Version %3 gespeichert (%4).</translation>
    </message>
</context>
<context>
    <name>ArtefactHistoryCommand</name>
    <message>
        <source>List the versions of an artefact, oldest first.</source>
        <translation>Die Versionen eines Artefakts auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>The artefact&apos;s id.</source>
        <translation>Die ID des Artefakts.</translation>
    </message>
    <message>
        <source>artefact history needs one ID</source>
        <translation>artefact history braucht eine ID</translation>
    </message>
</context>
<context>
    <name>ArtefactListCommand</name>
    <message>
        <source>List a community&apos;s artefacts, newest change first.</source>
        <translation>Die Artefakte einer Community auflisten, zuletzt geänderte zuerst.</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
</context>
<context>
    <name>ArtefactRepository</name>
    <message>
        <source>&apos;%1&apos; is not a tag: tags are single words of letters, digits and dashes (e.g. on-call).</source>
        <translation>&apos;%1&apos; ist kein Schlagwort: Schlagwörter sind einzelne Wörter aus Buchstaben, Ziffern und Bindestrichen (z. B. on-call).</translation>
    </message>
    <message>
        <source>There is no tag &apos;%1&apos; in this community; add it first.</source>
        <translation>Es gibt kein Schlagwort &apos;%1&apos; in dieser Community; zuerst hinzufügen.</translation>
    </message>
    <message>
        <source>Could not add the tag &apos;%1&apos;: %2</source>
        <translation>Das Schlagwort &apos;%1&apos; konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin; use one of: %2.</source>
        <translation>&apos;%1&apos; ist keine Herkunft; eine davon verwenden: %2.</translation>
    </message>
    <message>
        <source>There is no session with id %1 in this community.</source>
        <translation>Es gibt keine Sitzung mit der ID %1 in dieser Community.</translation>
    </message>
    <message>
        <source>There is no hot seat with id %1.</source>
        <translation>Es gibt keinen Hot Seat mit der ID %1.</translation>
    </message>
    <message>
        <source>An artefact from an incident needs the incident&apos;s link or reference.</source>
        <translation>Ein Artefakt aus einem Vorfall braucht den Link oder die Referenz des Vorfalls.</translation>
    </message>
    <message>
        <source>An artefact needs a title.</source>
        <translation>Ein Artefakt braucht einen Titel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of artefact; use one of: %2.</source>
        <translation>&apos;%1&apos; ist keine Art von Artefakt; eine davon verwenden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use one of: %2.</source>
        <translation>&apos;%1&apos; ist kein Status; einen davon verwenden: %2.</translation>
    </message>
    <message>
        <source>A new artefact cannot be &apos;reviewed&apos;: that needs an approving review first.</source>
        <translation>Ein neues Artefakt kann nicht &apos;reviewed&apos; sein: dafür braucht es zuerst ein zustimmendes Review.</translation>
    </message>
    <message>
        <source>Could not add the artefact: %1</source>
        <translation>Das Artefakt konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the version: %1</source>
        <translation>Die Version konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no artefact with id %1.</source>
        <translation>Es gibt kein Artefakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Artefact %1 has no version %2.</source>
        <translation>Artefakt %1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>The first version of an artefact cannot be dropped.</source>
        <translation>Die erste Version eines Artefakts kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Artefact %1 cannot be &apos;reviewed&apos;: it has no approving review yet.</source>
        <translation>Artefakt %1 kann nicht &apos;reviewed&apos; sein: es hat noch kein zustimmendes Review.</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>Session %1 has no captured learnings to turn into an artefact.</source>
        <translation>Sitzung %1 hat keine festgehaltenen Erkenntnisse, aus denen ein Artefakt werden könnte.</translation>
    </message>
    <message>
        <source>Learnings: %1</source>
        <translation>Erkenntnisse: %1</translation>
    </message>
</context>
<context>
    <name>ArtefactRestoreCommand</name>
    <message>
        <source>Save an older version of an artefact again as its newest version.</source>
        <translation>Eine ältere Version eines Artefakts erneut als neueste Version speichern.</translation>
    </message>
    <message>
        <source>The artefact&apos;s id.</source>
        <translation>Die ID des Artefakts.</translation>
    </message>
    <message>
        <source>The version to restore.</source>
        <translation>Die wiederherzustellende Version.</translation>
    </message>
    <message>
        <source>artefact restore needs one ID and --version N</source>
        <translation>artefact restore braucht eine ID und --version N</translation>
    </message>
    <message>
        <source>Restored version %1 of artefact %2 as version %3.</source>
        <translation>Version %1 von Artefakt %2 als Version %3 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ArtefactSearchCommand</name>
    <message>
        <source>Search titles, bodies and tags; best hits first, with [marked] snippets.</source>
        <translation>Titel, Inhalte und Schlagwörter durchsuchen; beste Treffer zuerst, mit [markierten] Ausschnitten.</translation>
    </message>
    <message>
        <source>Words to find (all of them; the last may be the start of a word).</source>
        <translation>Zu findende Wörter (alle; das letzte darf ein Wortanfang sein).</translation>
    </message>
    <message>
        <source>Search only this community.</source>
        <translation>Nur in dieser Community suchen.</translation>
    </message>
    <message>
        <source>At most this many hits (default 20).</source>
        <translation>Höchstens so viele Treffer (Standard 20).</translation>
    </message>
    <message>
        <source>artefact search needs a QUERY</source>
        <translation>artefact search braucht eine SUCHE</translation>
    </message>
</context>
<context>
    <name>ArtefactShowCommand</name>
    <message>
        <source>Show an artefact with its versions and reviews, one version, or a diff of two.</source>
        <translation>Ein Artefakt mit seinen Versionen und Reviews zeigen, eine Version oder den Unterschied zweier Versionen.</translation>
    </message>
    <message>
        <source>Artefact %1: %2</source>
        <translation>Artefakt %1: %2</translation>
    </message>
    <message>
        <source>Kind: %1  Status: %2  Tags: %3</source>
        <translation>Art: %1  Status: %2  Schlagwörter: %3</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Autoren: %1</translation>
    </message>
    <message>
        <source>Origin: %1 %2</source>
        <translation>Herkunft: %1 %2</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Reviews:</translation>
    </message>
    <message>
        <source>artefact %1 has no version %2</source>
        <translation>Artefakt %1 hat keine Version %2</translation>
    </message>
    <message>
        <source>The artefact&apos;s id.</source>
        <translation>Die ID des Artefakts.</translation>
    </message>
    <message>
        <source>Show this version&apos;s title and body.</source>
        <translation>Titel und Inhalt dieser Version zeigen.</translation>
    </message>
    <message>
        <source>A line diff of two versions, e.g. --diff 1,3.</source>
        <translation>Ein zeilenweiser Vergleich zweier Versionen, z. B. --diff 1,3.</translation>
    </message>
    <message>
        <source>artefact show needs one ID</source>
        <translation>artefact show braucht genau eine ID</translation>
    </message>
    <message>
        <source>--diff needs two version numbers, e.g. 1,3</source>
        <translation>--diff braucht zwei Versionsnummern, z. B. 1,3</translation>
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
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent archive of the workspace (a snapshot and manifest.json with checksums and row counts); safe while Steward has the file open.</source>
        <translation>Ein konsistentes Archiv des Arbeitsbereichs schreiben (ein Schnappschuss und manifest.json mit Prüfsummen und Zeilenzahlen); sicher, während Steward die Datei geöffnet hat.</translation>
    </message>
    <message>
        <source>The archive to write (replaced when complete).</source>
        <translation>Das zu schreibende Archiv (wird ersetzt, wenn es vollständig ist).</translation>
    </message>
    <message>
        <source>backup needs -o FILE.zip</source>
        <translation>backup braucht -o DATEI.zip</translation>
    </message>
    <message>
        <source>Wrote %1: schema %2, %3 tables, %4 rows, SHA-256 %5.</source>
        <translation>%1 geschrieben: Schema %2, %3 Tabellen, %4 Zeilen, SHA-256 %5.</translation>
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
    <name>CommunityHealthReport</name>
    <message>
        <source>Building the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich verändert hat</translation>
    </message>
    <message>
        <source>Nothing changed that the records show.</source>
        <translation>Die Aufzeichnungen zeigen keine Veränderung.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Community health report</source>
        <translation>Gesundheitsbericht der Community</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonymisiert</translation>
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
    <name>CommunityPathway</name>
    <message>
        <source>There is no pending proposal with id %1.</source>
        <translation>Es gibt keinen offenen Vorschlag mit der ID %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is not about a member of this community.</source>
        <translation>Vorschlag %1 betrifft kein Mitglied dieser Community.</translation>
    </message>
    <message>
        <source>Proposal %1 is out of date: %2 is now at the level %3.</source>
        <translation>Vorschlag %1 ist veraltet: %2 ist jetzt auf der Stufe %3.</translation>
    </message>
    <message>
        <source>Person %1 is not a member of this community.</source>
        <translation>Person %1 ist kein Mitglied dieser Community.</translation>
    </message>
</context>
<context>
    <name>CommunityRecognition</name>
    <message>
        <source>This community has not opted in to a leaderboard.</source>
        <translation>Diese Community hat einer Bestenliste nicht zugestimmt.</translation>
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
    <name>CoverageSection</name>
    <message>
        <source>Hot seats: %1</source>
        <translation>Hot Seats: %1</translation>
    </message>
    <message>
        <source>Micro-teach slots</source>
        <translation>Micro-Teach-Termine</translation>
    </message>
    <message>
        <source>On-call shifts</source>
        <translation>Rufbereitschaftsschichten</translation>
    </message>
    <message>
        <source>Micro-teach and hot-seat coverage</source>
        <translation>Abdeckung von Micro-Teach und Hot Seat</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>People who took one</source>
        <translation>Personen, die einen übernahmen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Seats in the period</source>
        <translation>Plätze im Zeitraum</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats done, %4 skipped; %5 of %6 eligible people took one.</source>
        <translation>%1: %2 von %3 Plätzen erledigt, %4 ausgelassen; %5 von %6 berechtigten Personen übernahmen einen.</translation>
    </message>
    <message>
        <source>No micro-teach, hot-seat or on-call rotation is planned.</source>
        <translation>Keine Micro-Teach-, Hot-Seat- oder Rufbereitschaftsrotation ist geplant.</translation>
    </message>
    <message>
        <source>Seats whose date falls in the period. Coverage: the share of eligible people (group members for hot seats, community members otherwise) who took at least one.</source>
        <translation>Plätze, deren Datum in den Zeitraum fällt. Abdeckung: der Anteil der berechtigten Personen (Gruppenmitglieder bei Hot Seats, sonst Community-Mitglieder), die mindestens einen übernahmen.</translation>
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
    <name>CsvTable</name>
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
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Members by participation level</source>
        <translation>Mitglieder nach Beteiligungsstufe</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Moves between levels in the year</source>
        <translation>Wechsel zwischen Stufen im Jahr</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sessions held per month, by format</source>
        <translation>Abgehaltene Sitzungen pro Monat, nach Format</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Attended, % of those expected</source>
        <translation>Teilgenommen, % der Erwarteten</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>Teilnahme (%)</translation>
    </message>
    <message>
        <source>Micro-teach coverage</source>
        <translation>Abdeckung durch Micro-Teaches</translation>
    </message>
    <message>
        <source>Taught a micro-teach (%1)</source>
        <translation>Hat ein Micro-Teach gehalten (%1)</translation>
    </message>
    <message>
        <source>Not yet (%1)</source>
        <translation>Noch nicht (%1)</translation>
    </message>
    <message>
        <source>Artefacts added and recognitions given</source>
        <translation>Hinzugefügte Artefakte und vergebene Anerkennungen</translation>
    </message>
    <message>
        <source>Artefacts added</source>
        <translation>Hinzugefügte Artefakte</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Degree distribution (last 12 months)</source>
        <translation>Gradverteilung (letzte 12 Monate)</translation>
    </message>
    <message>
        <source>Ties per person</source>
        <translation>Verbindungen pro Person</translation>
    </message>
    <message>
        <source>The network month by month</source>
        <translation>Das Netzwerk Monat für Monat</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Average clustering</source>
        <translation>Durchschnittliches Clustering</translation>
    </message>
    <message>
        <source>Cross-team share</source>
        <translation>Teamübergreifender Anteil</translation>
    </message>
    <message>
        <source>Share (0 to 1)</source>
        <translation>Anteil (0 bis 1)</translation>
    </message>
    <message>
        <source>Before and after “%1” (%2 days each)</source>
        <translation>Vor und nach „%1“ (je %2 Tage)</translation>
    </message>
    <message>
        <source>Before and after (no intervention recorded)</source>
        <translation>Vorher und nachher (keine Intervention erfasst)</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Betweenness against %1: Spearman ρ = %2, n = %3</source>
        <translation>Betweenness gegen %1: Spearman ρ = %2, n = %3</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>ein Ergebnis</translation>
    </message>
    <message>
        <source>Betweenness (normalised)</source>
        <translation>Betweenness (normiert)</translation>
    </message>
    <message>
        <source>Ties per person (from, in steps of %1)</source>
        <translation>Verbindungen je Person (ab, in Schritten von %1)</translation>
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
    <name>DecideBadgeProposalCommand</name>
    <message>
        <source>Confirm badge proposal %1</source>
        <translation>Abzeichen-Vorschlag %1 bestätigen</translation>
    </message>
    <message>
        <source>Dismiss badge proposal %1</source>
        <translation>Abzeichen-Vorschlag %1 verwerfen</translation>
    </message>
    <message>
        <source>There is no badge proposal %1 in this community.</source>
        <translation>In dieser Community gibt es keinen Abzeichen-Vorschlag %1.</translation>
    </message>
    <message>
        <source>Nobody can confirm a badge for themselves.</source>
        <translation>Niemand kann ein Abzeichen für sich selbst bestätigen.</translation>
    </message>
    <message>
        <source>Person %1 is not a member of the community.</source>
        <translation>Person %1 ist kein Mitglied der Community.</translation>
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
    <name>DiscordParser</name>
    <message>
        <source>%1: expected a DiscordChatExporter JSON object</source>
        <translation>%1: erwartet ein JSON-Objekt von DiscordChatExporter</translation>
    </message>
    <message>
        <source>%1: message %2</source>
        <translation>%1: Nachricht %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing or empty</source>
        <translation>&apos;id&apos; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 time with an offset</source>
        <translation>&apos;%1&apos; ist keine ISO-8601-Zeit mit Zeitzonenversatz</translation>
    </message>
    <message>
        <source>every entry of &apos;mentions&apos; should be an object</source>
        <translation>jeder Eintrag von &apos;mentions&apos; sollte ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>EditArtefactCommand</name>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
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
    <message>
        <source>Export this stored rotation instead (hot seats, micro-teach, on-call; ids as schedule list shows them).</source>
        <translation>Stattdessen diese gespeicherte Rotation exportieren (Hot Seats, Micro-Teach, Bereitschaft; Nummern wie schedule list sie zeigt).</translation>
    </message>
    <message>
        <source>there is no stored rotation %1</source>
        <translation>es gibt keine gespeicherte Rotation %1</translation>
    </message>
</context>
<context>
    <name>FinishFacilitatedSessionCommand</name>
    <message>
        <source>Notes and attendance of %1</source>
        <translation>Notizen und Anwesenheit von %1</translation>
    </message>
</context>
<context>
    <name>GithubReviewsParser</name>
    <message>
        <source>%1: pull request %2</source>
        <translation>%1: Pull-Request %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>review %1 should be an object</source>
        <translation>Review %1 sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>review %1: %2</source>
        <translation>Review %1: %2</translation>
    </message>
    <message>
        <source>review %1: &apos;%2&apos; is not an ISO-8601 time</source>
        <translation>Review %1: &apos;%2&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>review comment %1 should be an object</source>
        <translation>Review-Kommentar %1 sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>review comment %1: %2</source>
        <translation>Review-Kommentar %1: %2</translation>
    </message>
    <message>
        <source>review comment %1: &apos;%2&apos; is not an ISO-8601 time</source>
        <translation>Review-Kommentar %1: &apos;%2&apos; ist keine ISO-8601-Zeit</translation>
    </message>
</context>
<context>
    <name>GiveRecognitionCommand</name>
    <message>
        <source>Award a badge</source>
        <translation>Ein Abzeichen verleihen</translation>
    </message>
    <message>
        <source>Give a shout-out</source>
        <translation>Ein Lob aussprechen</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Verzug</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>GoalAddCommand</name>
    <message>
        <source>Add a goal for a member of a mastermind group.</source>
        <translation>Ein Ziel für ein Mitglied einer Mastermind-Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>The mastermind group, by name (required).</source>
        <translation>Die Mastermind-Gruppe, nach Name (erforderlich).</translation>
    </message>
    <message>
        <source>The group&apos;s community, when two groups share a name.</source>
        <translation>Die Community der Gruppe, wenn zwei Gruppen gleich heißen.</translation>
    </message>
    <message>
        <source>The member, by email or exact name (required).</source>
        <translation>Das Mitglied, nach E-Mail oder genauem Namen (erforderlich).</translation>
    </message>
    <message>
        <source>What the member wants to reach (required).</source>
        <translation>Was das Mitglied erreichen will (erforderlich).</translation>
    </message>
    <message>
        <source>The target date.</source>
        <translation>Das Zieldatum.</translation>
    </message>
    <message>
        <source>on_track (default), at_risk, behind or done.</source>
        <translation>on_track (Standard), at_risk, behind oder done.</translation>
    </message>
    <message>
        <source>goal add needs --%1</source>
        <translation>goal add braucht --%1</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not one of on_track, at_risk, behind, done</source>
        <translation>--status: „%1“ ist keiner von on_track, at_risk, behind, done</translation>
    </message>
    <message>
        <source>Added goal %1 for %2 in %3.</source>
        <translation>Ziel %1 für %2 in %3 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>GoalCheckInCommand</name>
    <message>
        <source>Record a member&apos;s check-in on a goal at a meeting (again for the same meeting: replaced).</source>
        <translation>Den Check-in eines Mitglieds zu einem Ziel bei einem Treffen erfassen (erneut für dasselbe Treffen: ersetzt).</translation>
    </message>
    <message>
        <source>The goal&apos;s id, as goal list shows it (required).</source>
        <translation>Die Nummer des Ziels, wie goal list sie zeigt (erforderlich).</translation>
    </message>
    <message>
        <source>The meeting (default: today).</source>
        <translation>Das Treffen (Standard: heute).</translation>
    </message>
    <message>
        <source>Progress in percent, 0 to 100 (required).</source>
        <translation>Fortschritt in Prozent, 0 bis 100 (erforderlich).</translation>
    </message>
    <message>
        <source>What the member said.</source>
        <translation>Was das Mitglied gesagt hat.</translation>
    </message>
    <message>
        <source>A note that stays in the app: no export carries it unless asked for.</source>
        <translation>Eine Notiz, die in der App bleibt: kein Export enthält sie, außer ausdrücklich verlangt.</translation>
    </message>
    <message>
        <source>goal checkin needs --goal ID (a number)</source>
        <translation>goal checkin braucht --goal ID (eine Zahl)</translation>
    </message>
    <message>
        <source>goal checkin needs --progress N (0 to 100)</source>
        <translation>goal checkin braucht --progress N (0 bis 100)</translation>
    </message>
    <message>
        <source>there is no goal %1</source>
        <translation>es gibt kein Ziel %1</translation>
    </message>
    <message>
        <source>%1 checked in on &apos;%2&apos; at %3: %4 %.</source>
        <translation>%1 hat am %3 zu „%2“ eingecheckt: %4 %.</translation>
    </message>
</context>
<context>
    <name>GoalCommandInput</name>
    <message>
        <source>no community is named &apos;%1&apos;</source>
        <translation>keine Community heißt „%1“</translation>
    </message>
    <message>
        <source>no mastermind group is named &apos;%1&apos;</source>
        <translation>keine Mastermind-Gruppe heißt „%1“</translation>
    </message>
    <message>
        <source>%1 groups are named &apos;%2&apos;: name the community with --community</source>
        <translation>%1 Gruppen heißen „%2“: nennen Sie die Community mit --community</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The person, by email or exact name (required).</source>
        <translation>Die Person, nach E-Mail-Adresse oder genauem Namen (erforderlich).</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;parental leave&quot;.</source>
        <translation>Der Grund, z. B. „Elternzeit“.</translation>
    </message>
    <message>
        <source>%1 needs --person NAME_OR_EMAIL</source>
        <translation>%1 braucht --person NAME_ODER_EMAIL</translation>
    </message>
</context>
<context>
    <name>GoalListCommand</name>
    <message>
        <source>List a mastermind group&apos;s goals with the last check-in, each member&apos;s streak and the flags (no check-in for 3 meetings, past the target date). Confidential notes only with --include-confidential.</source>
        <translation>Die Ziele einer Mastermind-Gruppe mit dem letzten Check-in, der Serie jedes Mitglieds und den Hinweisen (kein Check-in seit 3 Treffen, Zieldatum überschritten) auflisten. Vertrauliche Notizen nur mit --include-confidential.</translation>
    </message>
    <message>
        <source>The mastermind group, by name (required).</source>
        <translation>Die Mastermind-Gruppe, nach Name (erforderlich).</translation>
    </message>
    <message>
        <source>The group&apos;s community, when two groups share a name.</source>
        <translation>Die Community der Gruppe, wenn zwei Gruppen gleich heißen.</translation>
    </message>
    <message>
        <source>Add the last confidential note of each goal, for this listing only.</source>
        <translation>Die letzte vertrauliche Notiz jedes Ziels aufnehmen, nur für diese Liste.</translation>
    </message>
    <message>
        <source>goal list needs --group NAME</source>
        <translation>goal list braucht --group NAME</translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>A goal needs a text.</source>
        <translation>Ein Ziel braucht einen Text.</translation>
    </message>
    <message>
        <source>The goal &apos;%1&apos; needs a mastermind group.</source>
        <translation>Das Ziel „%1“ braucht eine Mastermind-Gruppe.</translation>
    </message>
    <message>
        <source>The goal &apos;%1&apos; needs a person.</source>
        <translation>Das Ziel „%1“ braucht eine Person.</translation>
    </message>
    <message>
        <source>The goal &apos;%1&apos; has its target date %2 before it was set (%3).</source>
        <translation>Das Ziel „%1“ hat sein Zieldatum %2 vor dem Tag, an dem es gesetzt wurde (%3).</translation>
    </message>
    <message>
        <source>The goal &apos;%1&apos; belongs to someone who is not a member of its group.</source>
        <translation>Das Ziel „%1“ gehört jemandem, der nicht Mitglied der Gruppe ist.</translation>
    </message>
    <message>
        <source>Could not add the goal &apos;%1&apos;: %2</source>
        <translation>Das Ziel „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not save the goal &apos;%1&apos;: %2</source>
        <translation>Das Ziel „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>Das Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the goal: %1</source>
        <translation>Das Ziel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>A check-in needs a goal.</source>
        <translation>Ein Check-in braucht ein Ziel.</translation>
    </message>
    <message>
        <source>A check-in needs a valid meeting date.</source>
        <translation>Ein Check-in braucht ein gültiges Datum des Treffens.</translation>
    </message>
    <message>
        <source>The progress of a check-in is a percentage from 0 to 100, not %1.</source>
        <translation>Der Fortschritt eines Check-ins ist ein Prozentwert von 0 bis 100, nicht %1.</translation>
    </message>
    <message>
        <source>Could not save the check-in of %1: %2</source>
        <translation>Der Check-in vom %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the check-in: %1</source>
        <translation>Der Check-in konnte nicht gelöscht werden: %1</translation>
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
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
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
    <name>InterventionSection</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Isolated people</source>
        <translation>Isolierte Personen</translation>
    </message>
    <message>
        <source>Average clustering</source>
        <translation>Durchschnittliches Clustering</translation>
    </message>
    <message>
        <source>Cross-team ties</source>
        <translation>Teamübergreifende Verbindungen</translation>
    </message>
    <message>
        <source>Knowledge brokers</source>
        <translation>Wissensvermittler</translation>
    </message>
    <message>
        <source>Before and after interventions</source>
        <translation>Vor und nach Interventionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 days before and %1 days from the day.</source>
        <translation>%1 Tage davor und %1 Tage ab dem Tag.</translation>
    </message>
    <message>
        <source>After &quot;%1&quot; the network went from %2 to %3 ties.</source>
        <translation>Nach „%1“ ging das Netzwerk von %2 auf %3 Verbindungen.</translation>
    </message>
    <message>
        <source>No intervention was recorded in the period.</source>
        <translation>Im Zeitraum wurde keine Intervention erfasst.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>eine Zeichenkette oder eine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2</source>
        <translation>&apos;%1&apos; sollte %2 sein</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON array at the top level</source>
        <translation>%1: auf oberster Ebene wird ein JSON-Array erwartet</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be %3</source>
        <translation>%1: &apos;%2&apos; sollte %3 sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or empty</source>
        <translation>%1: &apos;%2&apos; fehlt oder ist leer</translation>
    </message>
</context>
<context>
    <name>KeepUnmatchedPersonCommand</name>
    <message>
        <source>Keep %1 as a new person</source>
        <translation>%1 als neue Person behalten</translation>
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
    <name>MastermindRemoveCommand</name>
    <message>
        <source>Remove a mastermind group with its members, hot seats, goals and check-ins.</source>
        <translation>Eine Mastermind-Gruppe mit ihren Mitgliedern, Hot Seats, Zielen und Check-ins entfernen.</translation>
    </message>
    <message>
        <source>The name of the group.</source>
        <translation>Der Name der Gruppe.</translation>
    </message>
    <message>
        <source>The group&apos;s community, when groups in two communities share the name.</source>
        <translation>Die Community der Gruppe, wenn Gruppen in zwei Communities denselben Namen tragen.</translation>
    </message>
    <message>
        <source>mastermind remove needs exactly one NAME</source>
        <translation>mastermind remove braucht genau einen NAME</translation>
    </message>
    <message numerus="yes">
        <source>Removed the mastermind group %1 with %n goal(s).</source>
        <translation>
            <numerusform>Mastermind-Gruppe %1 mit %n Ziel entfernt.</numerusform>
            <numerusform>Mastermind-Gruppe %1 mit %n Zielen entfernt.</numerusform>
        </translation>
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
    <name>MastermindSummaryReport</name>
    <message>
        <source>Members, attendance and hot seats</source>
        <translation>Mitglieder, Teilnahme und Hot Seats</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Besuchte Treffen</translation>
    </message>
    <message>
        <source>Hot-seat turns</source>
        <translation>Hot-Seat-Runden</translation>
    </message>
    <message>
        <source>No mastermind meeting of the community has recorded attendance in the period.</source>
        <translation>Kein Mastermind-Treffen der Community hat im Zeitraum erfasste Anwesenheit.</translation>
    </message>
    <message>
        <source>Hot-seat turns in the period</source>
        <translation>Hot-Seat-Runden im Zeitraum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Hot seat</source>
        <translation>Hot Seat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>No hot-seat turn fell in the period.</source>
        <translation>Im Zeitraum fiel keine Hot-Seat-Runde an.</translation>
    </message>
    <message>
        <source>Goals and check-ins</source>
        <translation>Ziele und Check-ins</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No member has recorded a goal.</source>
        <translation>Kein Mitglied hat ein Ziel erfasst.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Vertrauliche Notiz</translation>
    </message>
    <message>
        <source>No check-in in the period.</source>
        <translation>Kein Check-in im Zeitraum.</translation>
    </message>
    <message>
        <source>no mastermind group named &apos;%1&apos;</source>
        <translation>keine Mastermind-Gruppe namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 mastermind groups are named &apos;%2&apos;</source>
        <translation>%1 Mastermind-Gruppen heißen &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Mastermind summary</source>
        <translation>Mastermind-Zusammenfassung</translation>
    </message>
    <message>
        <source>Contains confidential notes - do not pass on</source>
        <translation>Enthält vertrauliche Notizen - nicht weitergeben</translation>
    </message>
    <message>
        <source>Confidential notes left out</source>
        <translation>Vertrauliche Notizen ausgelassen</translation>
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
    <name>MergePeopleCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>MoveNodeCommand</name>
    <message>
        <source>Move a person in the network</source>
        <translation>Eine Person im Netzwerk verschieben</translation>
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
    <message>
        <source>Only these kinds: %1. co-attendance, pairing and hot-seat-advice are derived from the workspace&apos;s sessions and hot seats.</source>
        <translation>Nur diese Arten: %1. co-attendance, pairing und hot-seat-advice werden aus den Sitzungen und Hot Seats des Arbeitsbereichs abgeleitet.</translation>
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
    <name>NetworkExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot draw there</source>
        <translation>dort kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
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
    <name>NetworkLayout</name>
    <message>
        <source>The layout was canceled.</source>
        <translation>Die Anordnung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>Das Netzwerk wird angeordnet</translation>
    </message>
    <message>
        <source>Not enough memory for the layout.</source>
        <translation>Nicht genug Speicher für die Anordnung.</translation>
    </message>
</context>
<context>
    <name>NetworkLayoutRepository</name>
    <message>
        <source>Could not read the network layout: %1</source>
        <translation>Die Netzwerkanordnung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the network layout: %1</source>
        <translation>Die Netzwerkanordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The layout has no valid position for person %1.</source>
        <translation>Die Anordnung hat keine gültige Position für Person %1.</translation>
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
    <name>NetworkPictureBuilder</name>
    <message>
        <source>Knowledge brokers</source>
        <translation>Wissensvermittler</translation>
    </message>
    <message>
        <source>Isolated people</source>
        <translation>Isolierte Personen</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Einzelne Ausfallpunkte</translation>
    </message>
    <message>
        <source>Articulation points</source>
        <translation>Artikulationspunkte</translation>
    </message>
    <message>
        <source>People on many of the shortest paths between others whose contacts do not know each other: they carry knowledge between groups that would otherwise not hear of it.</source>
        <translation>Personen auf vielen kürzesten Wegen zwischen anderen, deren Kontakte einander nicht kennen: Sie tragen Wissen zwischen Gruppen, die sonst nichts davon hören würden.</translation>
    </message>
    <message>
        <source>People with no tie in the chosen time window: nobody answered, mentioned or reviewed them, and they did none of that either.</source>
        <translation>Personen ohne Verbindung im gewählten Zeitraum: Niemand hat ihnen geantwortet, sie erwähnt oder ihre Arbeit geprüft, und sie haben nichts davon getan.</translation>
    </message>
    <message>
        <source>People the community leans on too much: without them part of the network would be cut off, or they give more than half of the answers in a channel.</source>
        <translation>Personen, auf die sich die Community zu sehr stützt: Ohne sie wäre ein Teil des Netzwerks abgeschnitten, oder sie geben mehr als die Hälfte der Antworten in einem Kanal.</translation>
    </message>
    <message>
        <source>People whose leaving would split their part of the network in two or more pieces.</source>
        <translation>Personen, deren Weggang ihren Teil des Netzwerks in zwei oder mehr Stücke teilen würde.</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Andere oder unbekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Appeared (new ties)</source>
        <translation>Hinzugekommen (neue Verbindungen)</translation>
    </message>
    <message>
        <source>Gained ties</source>
        <translation>Verbindungen gewonnen</translation>
    </message>
    <message>
        <source>Lost ties</source>
        <translation>Verbindungen verloren</translation>
    </message>
    <message>
        <source>Disappeared (no ties after)</source>
        <translation>Verschwunden (danach keine Verbindungen)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Ties: %1 (strength %2)</source>
        <translation>Verbindungen: %1 (Stärke %2)</translation>
    </message>
    <message>
        <source>Betweenness: %1</source>
        <translation>Betweenness: %1</translation>
    </message>
    <message>
        <source>Closeness: %1</source>
        <translation>Nähe: %1</translation>
    </message>
    <message>
        <source>Clustering: %1</source>
        <translation>Clustering: %1</translation>
    </message>
    <message>
        <source>Core number: %1</source>
        <translation>Kernzahl: %1</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Metrics per person</source>
        <translation>Kennzahlen je Person</translation>
    </message>
    <message>
        <source>Ordered by betweenness (normalised).</source>
        <translation>Sortiert nach Betweenness (normiert).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>k-core</source>
        <translation>k-Kern</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Core and periphery</source>
        <translation>Kern und Peripherie</translation>
    </message>
    <message>
        <source>Spearman correlation of each person&apos;s k-core number with their recorded level: %1 (n = %2).</source>
        <translation>Spearman-Korrelation der k-Kern-Zahl jeder Person mit ihrer erfassten Stufe: %1 (n = %2).</translation>
    </message>
    <message>
        <source>%1 is in the innermost core but recorded as %2.</source>
        <translation>%1 ist im innersten Kern, aber als %2 erfasst.</translation>
    </message>
    <message>
        <source>%1 is recorded as %2 but on the edge of the network.</source>
        <translation>%1 ist als %2 erfasst, aber am Rand des Netzwerks.</translation>
    </message>
    <message>
        <source>Recorded levels and network positions agree.</source>
        <translation>Erfasste Stufen und Netzwerkpositionen stimmen überein.</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>Netzwerkbericht</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonymisiert</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Das Netzwerk</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>Who learns from whom: one dot per person, coloured by participation level; brokers and single points of failure are named.</source>
        <translation>Wer von wem lernt: ein Punkt je Person, gefärbt nach Beteiligungsstufe; Vermittler und einzelne Ausfallpunkte sind benannt.</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Isolated people</source>
        <translation>Isolierte Personen</translation>
    </message>
    <message>
        <source>Cross-team ties</source>
        <translation>Teamübergreifende Verbindungen</translation>
    </message>
    <message>
        <source>Knowledge brokers</source>
        <translation>Wissensvermittler</translation>
    </message>
    <message>
        <source>No knowledge broker stands out.</source>
        <translation>Kein Wissensvermittler sticht hervor.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Teams reached</source>
        <translation>Erreichte Teams</translation>
    </message>
    <message>
        <source>Brokers sit on many shortest paths between people who do not know each other: they carry knowledge across.</source>
        <translation>Vermittler liegen auf vielen kürzesten Wegen zwischen Personen, die einander nicht kennen: Sie tragen Wissen hinüber.</translation>
    </message>
    <message>
        <source>%1 knowledge brokers connect parts of the network.</source>
        <translation>%1 Wissensvermittler verbinden Teile des Netzwerks.</translation>
    </message>
    <message>
        <source>Nobody is isolated.</source>
        <translation>Niemand ist isoliert.</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Einzelne Ausfallpunkte</translation>
    </message>
    <message>
        <source>%1 (%2) is the only link between parts of the network (%3 ties).</source>
        <translation>%1 (%2) ist die einzige Verbindung zwischen Teilen des Netzwerks (%3 Verbindungen).</translation>
    </message>
    <message>
        <source>%1 gave %2% of the answers in %3.</source>
        <translation>%1 gab %2 % der Antworten in %3.</translation>
    </message>
    <message>
        <source>No single point of failure.</source>
        <translation>Kein einzelner Ausfallpunkt.</translation>
    </message>
    <message>
        <source>%1 people are isolated and %2 single points of failure carry parts of the network.</source>
        <translation>%1 Personen sind isoliert, und %2 einzelne Ausfallpunkte tragen Teile des Netzwerks.</translation>
    </message>
    <message>
        <source>Ties inside</source>
        <translation>Verbindungen innen</translation>
    </message>
    <message>
        <source>Ties outside</source>
        <translation>Verbindungen außen</translation>
    </message>
    <message>
        <source>E-I index</source>
        <translation>E-I-Index</translation>
    </message>
    <message>
        <source>Figures of teams with fewer than %1 people are suppressed.</source>
        <translation>Zahlen von Teams mit weniger als %1 Personen sind unterdrückt.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>Netzwerk im Überblick</translation>
    </message>
    <message>
        <source>No interaction between members was recorded in the period.</source>
        <translation>Im Zeitraum wurde keine Interaktion zwischen Mitgliedern erfasst.</translation>
    </message>
</context>
<context>
    <name>NetworkTrendQuery</name>
    <message>
        <source>Analysing the network by month</source>
        <translation>Das Netzwerk wird Monat für Monat analysiert</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OptOutAddCommand</name>
    <message>
        <source>Take a person out of one kind of rotation (here or everywhere); turns they held stay.</source>
        <translation>Eine Person aus einer Rotationsart herausnehmen (hier oder überall); bereits gehaltene Termine bleiben.</translation>
    </message>
    <message>
        <source>hot-seat, micro-teach, on-call or session-role (required).</source>
        <translation>hot-seat, micro-teach, on-call oder session-role (erforderlich).</translation>
    </message>
    <message>
        <source>Only in this community (default: everywhere).</source>
        <translation>Nur in dieser Community (Standard: überall).</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 takes no new %2 turns %3 (opt-out id %4).</source>
        <translation>%1 übernimmt %3 keine neuen %2-Termine (Abmeldung Nr. %4).</translation>
    </message>
</context>
<context>
    <name>OptOutListCommand</name>
    <message>
        <source>List who opted out of which rotations, as a table, JSON or CSV.</source>
        <translation>Auflisten, wer sich von welchen Rotationen abgemeldet hat, als Tabelle, JSON oder CSV.</translation>
    </message>
</context>
<context>
    <name>OptOutRepository</name>
    <message>
        <source>An opt-out needs a person.</source>
        <translation>Eine Abmeldung braucht eine Person.</translation>
    </message>
    <message>
        <source>Unknown rotation kind &apos;%1&apos;; use one of %2.</source>
        <translation>Unbekannte Rotationsart „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>This person has already opted out of %1 there.</source>
        <translation>Diese Person hat sich dort bereits von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Could not add the opt-out: %1</source>
        <translation>Die Abmeldung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the opt-out: %1</source>
        <translation>Die Abmeldung konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeCsvImport</name>
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
    <name>OutcomesSection</name>
    <message>
        <source>Outcome overlay</source>
        <translation>Ergebnisse im Vergleich</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Network measure</source>
        <translation>Netzwerkkennzahl</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No outcome was imported for the people of this network.</source>
        <translation>Für die Personen dieses Netzwerks wurde kein Ergebnis importiert.</translation>
    </message>
    <message>
        <source>Rank correlation between each person&apos;s place in the network and their latest imported outcome. A correlation is not a cause.</source>
        <translation>Rangkorrelation zwischen dem Platz jeder Person im Netzwerk und ihrem zuletzt importierten Ergebnis. Eine Korrelation ist keine Ursache.</translation>
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
    <name>ParticipationSection</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Members by participation level</source>
        <translation>Mitglieder nach Beteiligungsstufe</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Start of period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Membership stayed at %1 people.</source>
        <translation>Die Mitgliederzahl blieb bei %1 Personen.</translation>
    </message>
    <message>
        <source>Membership went from %1 to %2 people.</source>
        <translation>Die Mitgliederzahl ging von %1 auf %2 Personen.</translation>
    </message>
    <message>
        <source>Moves toward the core in the period</source>
        <translation>Bewegungen zum Kern im Zeitraum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Moved toward the core</source>
        <translation>Zum Kern bewegt</translation>
    </message>
    <message>
        <source>Moved toward the edge</source>
        <translation>Zum Rand bewegt</translation>
    </message>
    <message>
        <source>Nobody moved toward the core in the period.</source>
        <translation>Im Zeitraum hat sich niemand zum Kern bewegt.</translation>
    </message>
    <message>
        <source>%1 people moved toward the core, %2 toward the edge; %3 joined.</source>
        <translation>%1 Personen bewegten sich zum Kern, %2 zum Rand; %3 traten bei.</translation>
    </message>
    <message>
        <source>%1 members have stayed at the edge (observer or peripheral) for more than %2 days.</source>
        <translation>%1 Mitglieder sind seit mehr als %2 Tagen am Rand (beobachtend oder peripher) geblieben.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Active or more</source>
        <translation>Aktiv oder mehr</translation>
    </message>
    <message>
        <source>Share active</source>
        <translation>Anteil aktiv</translation>
    </message>
    <message>
        <source>Figures of groups with fewer than %1 people are suppressed.</source>
        <translation>Zahlen von Gruppen mit weniger als %1 Personen sind unterdrückt.</translation>
    </message>
    <message>
        <source>Participation levels and movement</source>
        <translation>Beteiligungsstufen und Bewegung</translation>
    </message>
    <message>
        <source>By department and team</source>
        <translation>Nach Abteilung und Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
    <name>PathwayCriteriaCommand</name>
    <message>
        <source>Show or set a community&apos;s pathway criteria, review cadence, thresholds, leaderboard opt-in and staff.</source>
        <translation>Die Pfadkriterien einer Community, den Überprüfungsrhythmus, Schwellen, die Bestenliste und das Personal anzeigen oder festlegen.</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: write LEVEL:ACTIVITY:COUNT, e.g. active:note-taker:2</source>
        <translation>--set &apos;%1&apos;: als STUFE:AKTIVITÄT:ANZAHL schreiben, z. B. active:note-taker:2</translation>
    </message>
    <message>
        <source>--leaderboard is on or off</source>
        <translation>--leaderboard ist on oder off</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>A criterion (repeatable; replaces all): %1.</source>
        <translation>Ein Kriterium (wiederholbar; ersetzt alle): %1.</translation>
    </message>
    <message>
        <source>monthly, quarterly or yearly.</source>
        <translation>monthly, quarterly oder yearly.</translation>
    </message>
    <message>
        <source>Days at a level after which a member counts as stuck.</source>
        <translation>Tage auf einer Stufe, nach denen ein Mitglied als festgefahren gilt.</translation>
    </message>
    <message>
        <source>Days without activity before a move down is proposed.</source>
        <translation>Tage ohne Aktivität, bevor ein Abstieg vorgeschlagen wird.</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on oder off.</translation>
    </message>
    <message>
        <source>Mark a member as staff (repeatable).</source>
        <translation>Ein Mitglied als Personal markieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Unmark a member as staff (repeatable).</source>
        <translation>Die Personal-Markierung eines Mitglieds aufheben (wiederholbar).</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <source>Pathway of %1 (periodic review %2, stuck after %3 days, inactive after %4 days, leaderboard %5):</source>
        <translation>Pfad von %1 (regelmäßige Überprüfung %2, festgefahren nach %3 Tagen, inaktiv nach %4 Tagen, Bestenliste %5):</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>PathwayCriterion</name>
    <message>
        <source>sessions attended</source>
        <translation>besuchte Sitzungen</translation>
    </message>
    <message>
        <source>sessions as note-taker</source>
        <translation>Sitzungen als Protokollführung</translation>
    </message>
    <message>
        <source>micro-teaches given</source>
        <translation>gegebene Micro-Teaches</translation>
    </message>
    <message>
        <source>sessions as co-lead</source>
        <translation>Sitzungen als Co-Leitung</translation>
    </message>
    <message>
        <source>reviewed artefacts written</source>
        <translation>geschriebene begutachtete Artefakte</translation>
    </message>
    <message>
        <source>reviews given</source>
        <translation>gegebene Reviews</translation>
    </message>
    <message>
        <source>sessions facilitated</source>
        <translation>moderierte Sitzungen</translation>
    </message>
    <message>
        <source>hot seats held</source>
        <translation>gehaltene Hot Seats</translation>
    </message>
</context>
<context>
    <name>PathwayDecideCommand</name>
    <message>
        <source>Accept a proposed level change: it is recorded with its reason.</source>
        <translation>Einen vorgeschlagenen Stufenwechsel annehmen: er wird mit seiner Begründung festgehalten.</translation>
    </message>
    <message>
        <source>Dismiss a proposed level change.</source>
        <translation>Einen vorgeschlagenen Stufenwechsel verwerfen.</translation>
    </message>
    <message>
        <source>The proposal&apos;s id (see pathway show).</source>
        <translation>Die ID des Vorschlags (siehe pathway show).</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>Der Tag der Entscheidung (Standard heute).</translation>
    </message>
    <message>
        <source>Record this reason instead of the proposal&apos;s.</source>
        <translation>Diese Begründung statt der des Vorschlags festhalten.</translation>
    </message>
    <message>
        <source>give one proposal ID</source>
        <translation>genau eine Vorschlags-ID angeben</translation>
    </message>
    <message>
        <source>there is no proposal with id %1</source>
        <translation>es gibt keinen Vorschlag mit der ID %1</translation>
    </message>
    <message>
        <source>Dismissed proposal %1.</source>
        <translation>Vorschlag %1 verworfen.</translation>
    </message>
    <message>
        <source>%1 is now %2 (proposal %3 accepted).</source>
        <translation>%1 ist jetzt %2 (Vorschlag %3 angenommen).</translation>
    </message>
</context>
<context>
    <name>PathwayDecisionCommand</name>
    <message>
        <source>Accept proposal %1</source>
        <translation>Vorschlag %1 annehmen</translation>
    </message>
    <message>
        <source>Dismiss proposal %1</source>
        <translation>Vorschlag %1 verwerfen</translation>
    </message>
</context>
<context>
    <name>PathwayEvaluator</name>
    <message numerus="yes">
        <source>Moving from %1 to %2 skips %n level(s); that needs a reason.</source>
        <translation>
            <numerusform>Der Wechsel von %1 zu %2 überspringt %n Stufe; dafür braucht es eine Begründung.</numerusform>
            <numerusform>Der Wechsel von %1 zu %2 überspringt %n Stufen; dafür braucht es eine Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (needs %3)</source>
        <translation>%1 %2 (braucht %3)</translation>
    </message>
    <message>
        <source>Meets the pathway criteria: %1</source>
        <translation>Erfüllt die Kriterien des Beteiligungspfads: %1</translation>
    </message>
    <message>
        <source> - meets the criteria of every level up to %1, so the move skips levels</source>
        <translation> - erfüllt die Kriterien jeder Stufe bis %1, der Wechsel überspringt also Stufen</translation>
    </message>
    <message>
        <source>Periodic review: no activity since %1 (%2 days)</source>
        <translation>Regelmäßige Überprüfung: keine Aktivität seit %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Periodic review: no recorded activity at this level for %1 days</source>
        <translation>Regelmäßige Überprüfung: seit %1 Tagen keine erfasste Aktivität auf dieser Stufe</translation>
    </message>
    <message>
        <source>The member is already at the level %1.</source>
        <translation>Das Mitglied ist bereits auf der Stufe %1.</translation>
    </message>
</context>
<context>
    <name>PathwayMoveCommand</name>
    <message>
        <source>Move a member to a level with a reason (a move that skips levels needs one).</source>
        <translation>Ein Mitglied mit Begründung auf eine Stufe setzen (ein Wechsel, der Stufen überspringt, braucht eine).</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>The member, by name or email.</source>
        <translation>Das Mitglied, mit Name oder E-Mail.</translation>
    </message>
    <message>
        <source>observer, peripheral, active, core or steward.</source>
        <translation>observer, peripheral, active, core oder steward.</translation>
    </message>
    <message>
        <source>Why (recorded with the change).</source>
        <translation>Warum (wird mit dem Wechsel festgehalten).</translation>
    </message>
    <message>
        <source>The day of the change (default today).</source>
        <translation>Der Tag des Wechsels (Standard heute).</translation>
    </message>
    <message>
        <source>pathway move needs --community, --person and --level</source>
        <translation>pathway move braucht --community, --person und --level</translation>
    </message>
    <message>
        <source>--level: &apos;%1&apos; is not a level</source>
        <translation>--level: &apos;%1&apos; ist keine Stufe</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation>%1 ist jetzt %2 in %3.</translation>
    </message>
</context>
<context>
    <name>PathwayRepository</name>
    <message>
        <source>Everyone starts as an observer: criteria are for the levels above it.</source>
        <translation>Alle beginnen als Beobachter: Kriterien gelten für die Stufen darüber.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pathway activity; use one of: %2.</source>
        <translation>&apos;%1&apos; ist keine Aktivität des Beteiligungspfads; eine davon verwenden: %2.</translation>
    </message>
    <message>
        <source>A criterion needs a count of at least 1 (%1).</source>
        <translation>Ein Kriterium braucht eine Anzahl von mindestens 1 (%1).</translation>
    </message>
    <message>
        <source>The level %1 has the activity %2 twice; keep one with the count it needs.</source>
        <translation>Die Stufe %1 hat die Aktivität %2 zweimal; eine mit der nötigen Anzahl behalten.</translation>
    </message>
    <message>
        <source>Could not save the criterion %1 for %2: %3</source>
        <translation>Das Kriterium %1 für %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a review cadence; use one of: %2.</source>
        <translation>&apos;%1&apos; ist kein Überprüfungsrhythmus; einen davon verwenden: %2.</translation>
    </message>
    <message>
        <source>The stuck and inactive thresholds need at least one day.</source>
        <translation>Die Schwellen für festgefahren und inaktiv brauchen mindestens einen Tag.</translation>
    </message>
    <message>
        <source>A proposal needs a reason.</source>
        <translation>Ein Vorschlag braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Could not record the proposal: %1</source>
        <translation>Der Vorschlag konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>A proposal is either accepted or dismissed.</source>
        <translation>Ein Vorschlag wird entweder angenommen oder verworfen.</translation>
    </message>
    <message>
        <source>There is no pending proposal with id %1.</source>
        <translation>Es gibt keinen offenen Vorschlag mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>PathwayShowCommand</name>
    <message>
        <source>Show a community&apos;s pathway: funnel, days at each level, stuck members, newcomer cohorts and proposed level changes (recorded, never applied).</source>
        <translation>Den Beteiligungspfad einer Community zeigen: Trichter, Tage auf jeder Stufe, festgefahrene Mitglieder, Neuzugänge nach Kohorte und vorgeschlagene Stufenwechsel (festgehalten, nie angewendet).</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>Evaluate on this day (default today).</source>
        <translation>An diesem Tag auswerten (Standard heute).</translation>
    </message>
    <message>
        <source>Pathway of %1 on %2 (periodic review %3, next on %4)</source>
        <translation>Beteiligungspfad von %1 am %2 (regelmäßige Überprüfung %3, nächste am %4)</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>median days</source>
        <translation>Median Tage</translation>
    </message>
    <message>
        <source>quartile days</source>
        <translation>Quartile Tage</translation>
    </message>
    <message>
        <source>Stuck (more than %1 days at a level):</source>
        <translation>Festgefahren (mehr als %1 Tage auf einer Stufe):</translation>
    </message>
    <message>
        <source>(%1 days)</source>
        <translation>(%1 Tage)</translation>
    </message>
    <message>
        <source>Newcomers by the quarter they joined:</source>
        <translation>Neuzugänge nach dem Quartal ihres Beitritts:</translation>
    </message>
    <message>
        <source>%1 joined, %2 contributed (median %3 days), %4 reached active (median %5 days)</source>
        <translation>%1 beigetreten, %2 mit Beitrag (Median %3 Tage), %4 erreichten active (Median %5 Tage)</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Vorschläge:</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
    <message>
        <source>pathway show writes text or json</source>
        <translation>pathway show schreibt Text oder JSON</translation>
    </message>
</context>
<context>
    <name>PdfInfoUpdate</name>
    <message>
        <source>The PDF has no trailer with a cross-reference table to add its properties to.</source>
        <translation>Das PDF hat keinen Trailer mit einer Querverweistabelle, dem die Eigenschaften hinzugefügt werden könnten.</translation>
    </message>
</context>
<context>
    <name>PdfReportRenderer</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
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
        <source>the header has no &apos;name&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;name&apos;</translation>
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
    <name>PeopleMergeCommand</name>
    <message>
        <source>no person has the id %1</source>
        <translation>keine Person hat die ID %1</translation>
    </message>
    <message>
        <source>Merge a person into another: their interactions, memberships, attendance and ids move over, then the person is deleted.</source>
        <translation>Eine Person mit einer anderen zusammenführen: Interaktionen, Mitgliedschaften, Teilnahmen und IDs gehen über, dann wird die Person gelöscht.</translation>
    </message>
    <message>
        <source>The person to merge and delete, by id, email or exact name.</source>
        <translation>Die Person, die zusammengeführt und gelöscht wird, per ID, E-Mail oder genauem Namen.</translation>
    </message>
    <message>
        <source>The person who stays, by id, email or exact name.</source>
        <translation>Die Person, die bleibt, per ID, E-Mail oder genauem Namen.</translation>
    </message>
    <message>
        <source>When both have a different email or external id of one kind, keep the --into person&apos;s and drop the other (otherwise refused).</source>
        <translation>Haben beide eine verschiedene E-Mail oder externe ID derselben Art, die der --into-Person behalten und die andere verwerfen (sonst abgelehnt).</translation>
    </message>
    <message>
        <source>people merge needs --%1</source>
        <translation>people merge braucht --%1</translation>
    </message>
    <message>
        <source>--from and --into name the same person, %1 (#%2)</source>
        <translation>--from und --into nennen dieselbe Person, %1 (#%2)</translation>
    </message>
    <message>
        <source>Add --keep-target-ids to merge anyway.</source>
        <translation>Mit --keep-target-ids trotzdem zusammenführen.</translation>
    </message>
</context>
<context>
    <name>PersonMerge</name>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Slack id</source>
        <translation>Slack-ID</translation>
    </message>
    <message>
        <source>Discord id</source>
        <translation>Discord-ID</translation>
    </message>
    <message>
        <source>Teams id</source>
        <translation>Teams-ID</translation>
    </message>
    <message>
        <source>GitHub login</source>
        <translation>GitHub-Login</translation>
    </message>
    <message>
        <source>%1 and %2 have different ids (%3); merging would drop those of %1. Merge only if %2 may keep their own.</source>
        <translation>%1 und %2 haben verschiedene IDs (%3); beim Zusammenführen gingen die von %1 verloren. Nur zusammenführen, wenn %2 die eigenen behalten darf.</translation>
    </message>
    <message>
        <source>Could not merge %1 into %2: %3</source>
        <translation>%1 konnte nicht mit %2 zusammengeführt werden: %3</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 mit %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>Übertragen: %1.</translation>
    </message>
    <message>
        <source>Dropped (self-ties and duplicates): %1.</source>
        <translation>Verworfen (Selbstbezüge und Doppelte): %1.</translation>
    </message>
    <message>
        <source>Taken over: %1.</source>
        <translation>Übernommen: %1.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Behalten: %1.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Keine Person hat die ID %1.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into themself.</source>
        <translation>%1 kann nicht mit sich selbst zusammengeführt werden.</translation>
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
    <name>RecognitionAddCommand</name>
    <message>
        <source>Give a member a shout-out or a badge, with a reason.</source>
        <translation>Einem Mitglied ein Lob oder ein Abzeichen geben, mit Begründung.</translation>
    </message>
    <message>
        <source>--badge: there is no badge named &apos;%1&apos;; there are: %2</source>
        <translation>--badge: es gibt kein Abzeichen namens &apos;%1&apos;; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>Who gives it, by name or email.</source>
        <translation>Wer es gibt, mit Name oder E-Mail.</translation>
    </message>
    <message>
        <source>Who receives it, by name or email.</source>
        <translation>Wer es erhält, mit Name oder E-Mail.</translation>
    </message>
    <message>
        <source>A badge&apos;s name; without it, a shout-out.</source>
        <translation>Der Name eines Abzeichens; ohne ihn ein Lob.</translation>
    </message>
    <message>
        <source>What for (required).</source>
        <translation>Wofür (erforderlich).</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Der Tag (Standard heute).</translation>
    </message>
    <message>
        <source>recognition add needs --community, --from, --to and --reason</source>
        <translation>recognition add braucht --community, --from, --to und --reason</translation>
    </message>
    <message>
        <source>Recorded recognition %1 for %2.</source>
        <translation>Anerkennung %1 für %2 festgehalten.</translation>
    </message>
</context>
<context>
    <name>RecognitionConfirmCommand</name>
    <message>
        <source>Confirm a badge the app proposed, as given by a member (the steward).</source>
        <translation>Ein von der App vorgeschlagenes Abzeichen bestätigen, als verliehen von einem Mitglied (dem Steward).</translation>
    </message>
    <message>
        <source>Dismiss a badge the app proposed.</source>
        <translation>Ein von der App vorgeschlagenes Abzeichen verwerfen.</translation>
    </message>
    <message>
        <source>The proposal&apos;s id (see recognition list).</source>
        <translation>Die ID des Vorschlags (siehe recognition list).</translation>
    </message>
    <message>
        <source>Who gives the badge, by name or email.</source>
        <translation>Wer das Abzeichen verleiht, nach Name oder E-Mail.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Der Tag (Standard heute).</translation>
    </message>
    <message>
        <source>give one proposal ID</source>
        <translation>genau eine Vorschlags-ID angeben</translation>
    </message>
    <message>
        <source>recognition confirm needs --by PERSON</source>
        <translation>recognition confirm braucht --by PERSON</translation>
    </message>
    <message>
        <source>there is no badge proposal with id %1</source>
        <translation>es gibt keinen Abzeichen-Vorschlag mit der ID %1</translation>
    </message>
    <message>
        <source>Dismissed badge proposal %1.</source>
        <translation>Abzeichen-Vorschlag %1 verworfen.</translation>
    </message>
    <message>
        <source>--by: %1 is not a member of the community</source>
        <translation>--by: %1 ist kein Mitglied der Community</translation>
    </message>
    <message>
        <source>%1 now has the badge %2.</source>
        <translation>%1 hat jetzt das Abzeichen %2.</translation>
    </message>
</context>
<context>
    <name>RecognitionListCommand</name>
    <message>
        <source>List shout-outs and badges, contribution counts, or the opt-in leaderboard.</source>
        <translation>Lob und Abzeichen, Beitragszahlen oder die freiwillige Bestenliste auflisten.</translation>
    </message>
    <message>
        <source>The community.</source>
        <translation>Die Community.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the period (default today).</source>
        <translation>Letzter Tag des Zeitraums (Standard heute).</translation>
    </message>
    <message>
        <source>Contribution counts per person in the period.</source>
        <translation>Beitragszahlen je Person im Zeitraum.</translation>
    </message>
    <message>
        <source>Contributions ranked (only where the community opted in).</source>
        <translation>Beiträge nach Rang (nur wo die Community zugestimmt hat).</translation>
    </message>
    <message>
        <source>First record the badges activity earned, as proposals.</source>
        <translation>Zuerst die durch Aktivität verdienten Abzeichen als Vorschläge festhalten.</translation>
    </message>
    <message>
        <source>--community NAME is required</source>
        <translation>--community NAME ist erforderlich</translation>
    </message>
</context>
<context>
    <name>RecognitionRepository</name>
    <message>
        <source>Star helper</source>
        <translation>Star-Helfer</translation>
    </message>
    <message>
        <source>First micro-teach</source>
        <translation>Erster Micro-Teach</translation>
    </message>
    <message>
        <source>Gave a first micro-teach.</source>
        <translation>Hat einen ersten Micro-Teach gegeben.</translation>
    </message>
    <message>
        <source>Ten reviews</source>
        <translation>Zehn Reviews</translation>
    </message>
    <message>
        <source>Reviewed ten artefacts of others.</source>
        <translation>Hat zehn Artefakte anderer begutachtet.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Facilitated five sessions.</source>
        <translation>Hat fünf Sitzungen moderiert.</translation>
    </message>
    <message>
        <source>First artefact</source>
        <translation>Erstes Artefakt</translation>
    </message>
    <message>
        <source>Wrote a first artefact for the repertoire.</source>
        <translation>Hat ein erstes Artefakt für das Repertoire geschrieben.</translation>
    </message>
    <message>
        <source>Went out of their way to help someone learn.</source>
        <translation>Hat sich besonders bemüht, jemandem beim Lernen zu helfen.</translation>
    </message>
    <message>
        <source>Knowledge sharer</source>
        <translation>Wissensteiler</translation>
    </message>
    <message>
        <source>Made tacit knowledge explicit for everyone.</source>
        <translation>Hat stilles Wissen für alle explizit gemacht.</translation>
    </message>
    <message>
        <source>A badge needs a name.</source>
        <translation>Ein Abzeichen braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the bundled badge icons: %2.</source>
        <translation>&apos;%1&apos; ist keines der mitgelieferten Abzeichen-Symbole: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a badge rule.</source>
        <translation>&apos;%1&apos; ist keine Abzeichen-Regel.</translation>
    </message>
    <message>
        <source>Could not add the badge &apos;%1&apos;: %2</source>
        <translation>Das Abzeichen &apos;%1&apos; konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Person %1 is not a member of the community.</source>
        <translation>Person %1 ist kein Mitglied der Community.</translation>
    </message>
    <message>
        <source>There is no badge with id %1.</source>
        <translation>Es gibt kein Abzeichen mit der ID %1.</translation>
    </message>
    <message>
        <source>A recognition needs a reason.</source>
        <translation>Eine Anerkennung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>A recognition needs a date.</source>
        <translation>Eine Anerkennung braucht ein Datum.</translation>
    </message>
    <message>
        <source>A recognition needs the person who gives it.</source>
        <translation>Eine Anerkennung braucht die Person, die sie gibt.</translation>
    </message>
    <message>
        <source>Nobody can recognise themselves.</source>
        <translation>Niemand kann sich selbst anerkennen.</translation>
    </message>
    <message>
        <source>That person already has (or was proposed) this badge in this community.</source>
        <translation>Diese Person hat dieses Abzeichen in dieser Community schon (oder es wurde vorgeschlagen).</translation>
    </message>
    <message>
        <source>Could not record the recognition: %1</source>
        <translation>Die Anerkennung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Nobody can confirm a badge for themselves.</source>
        <translation>Niemand kann ein Abzeichen für sich selbst bestätigen.</translation>
    </message>
    <message>
        <source>There is no badge proposal %1 that this person can confirm.</source>
        <translation>Es gibt keinen Abzeichen-Vorschlag %1, den diese Person bestätigen kann.</translation>
    </message>
    <message>
        <source>There is no badge proposal %1.</source>
        <translation>Es gibt keinen Abzeichen-Vorschlag %1.</translation>
    </message>
    <message>
        <source>There is no decided badge proposal %1.</source>
        <translation>Es gibt keinen entschiedenen Abzeichen-Vorschlag %1.</translation>
    </message>
</context>
<context>
    <name>RecognitionSection</name>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Badge names</source>
        <translation>Namen der Abzeichen</translation>
    </message>
    <message>
        <source>No recognition was given in the period.</source>
        <translation>Im Zeitraum wurde keine Anerkennung vergeben.</translation>
    </message>
    <message>
        <source>Recognitions given</source>
        <translation>Vergebene Anerkennungen</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Anerkannte Personen</translation>
    </message>
    <message>
        <source>%1 recognitions went to %2 people.</source>
        <translation>%1 Anerkennungen gingen an %2 Personen.</translation>
    </message>
</context>
<context>
    <name>RecordPathwayProposalsCommand</name>
    <message>
        <source>Look for proposals</source>
        <translation>Nach Vorschlägen suchen</translation>
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
    <name>RemoveMastermindCommand</name>
    <message>
        <source>Remove mastermind group %1</source>
        <translation>Mastermind-Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source>The mastermind group %1 no longer exists.</source>
        <translation>Die Mastermind-Gruppe %1 existiert nicht mehr.</translation>
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
    <name>RemoveSessionCommand</name>
    <message>
        <source>Delete session %1</source>
        <translation>Treffen %1 löschen</translation>
    </message>
</context>
<context>
    <name>RepertoireSection</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Reviewed or current</source>
        <translation>Geprüft oder aktuell</translation>
    </message>
    <message>
        <source>Without a review</source>
        <translation>Ohne Review</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Artefacts and reviews</source>
        <translation>Artefakte und Reviews</translation>
    </message>
    <message>
        <source>No artefact was written in the period.</source>
        <translation>Im Zeitraum wurde kein Artefakt geschrieben.</translation>
    </message>
    <message>
        <source>%1 artefacts were added to the repertoire.</source>
        <translation>%1 Artefakte kamen ins Repertoire.</translation>
    </message>
    <message>
        <source>No review was done in the period.</source>
        <translation>Im Zeitraum wurde kein Review durchgeführt.</translation>
    </message>
</context>
<context>
    <name>ReportCommandOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>First day of the period (default: six months before --to).</source>
        <translation>Erster Tag des Zeitraums (Standard: sechs Monate vor --to).</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>Letzter Tag des Zeitraums (Standard: heute).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Papierformat: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Write HTML instead of PDF.</source>
        <translation>HTML statt PDF schreiben.</translation>
    </message>
    <message>
        <source>Show stable codes (P-XXXX) instead of people&apos;s names.</source>
        <translation>Stabile Codes (P-XXXX) statt der Namen von Personen zeigen.</translation>
    </message>
    <message>
        <source>Your own key for the codes (default: derived from the workspace).</source>
        <translation>Eigener Schlüssel für die Codes (Standard: aus dem Arbeitsbereich abgeleitet).</translation>
    </message>
    <message>
        <source>Suppress figures of teams and departments with fewer people (default 5).</source>
        <translation>Zahlen von Teams und Abteilungen mit weniger Personen unterdrücken (Standard 5).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a4 or letter</source>
        <translation>--paper: &apos;%1&apos; ist weder a4 noch letter</translation>
    </message>
    <message>
        <source>--min-group: &apos;%1&apos; is not a number of 1 or more</source>
        <translation>--min-group: &apos;%1&apos; ist keine Zahl von 1 oder mehr</translation>
    </message>
    <message>
        <source>this program cannot draw PDF files; use --html</source>
        <translation>dieses Programm kann keine PDF-Dateien zeichnen; --html verwenden</translation>
    </message>
    <message numerus="yes">
        <source>expected %n name(s) or id(s)</source>
        <translation>
            <numerusform>%n Name oder ID erwartet</numerusform>
            <numerusform>%n Namen oder IDs erwartet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommunityCommand</name>
    <message>
        <source>The community health report for a leader, as PDF (or HTML).</source>
        <translation>Der Gesundheitsbericht der Community für eine Führungskraft, als PDF (oder HTML).</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportMastermindCommand</name>
    <message>
        <source>A mastermind group&apos;s summary: attendance, hot-seat turns, goal progress.</source>
        <translation>Zusammenfassung einer Mastermind-Gruppe: Teilnahme, Hot-Seat-Runden, Fortschritt der Ziele.</translation>
    </message>
    <message>
        <source>Include the check-ins&apos; confidential notes in this one export.</source>
        <translation>Die vertraulichen Notizen der Check-ins in diesen einen Export aufnehmen.</translation>
    </message>
</context>
<context>
    <name>ReportNetworkCommand</name>
    <message>
        <source>The network report: picture, findings, metrics per person, before and after.</source>
        <translation>Der Netzwerkbericht: Bild, Befunde, Kennzahlen je Person, vorher und nachher.</translation>
    </message>
</context>
<context>
    <name>ReportPagePainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot start drawing the pages</source>
        <translation>die Seiten können nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Drawing pages</source>
        <translation>Seiten werden gezeichnet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>ReportScheduleCommand</name>
    <message>
        <source>A mastermind group&apos;s hot-seat rotation, on one page.</source>
        <translation>Die Hot-Seat-Rotation einer Mastermind-Gruppe, auf einer Seite.</translation>
    </message>
    <message>
        <source>A community&apos;s micro-teach schedule, on one page.</source>
        <translation>Der Micro-Teach-Plan einer Community, auf einer Seite.</translation>
    </message>
    <message>
        <source>A community&apos;s on-call rotation, on one page.</source>
        <translation>Die Rufbereitschaft einer Community, auf einer Seite.</translation>
    </message>
    <message>
        <source>A session&apos;s run sheet: phases, roles, pairs.</source>
        <translation>Der Ablaufplan einer Sitzung: Phasen, Rollen, Paare.</translation>
    </message>
    <message>
        <source>The occurrence (default: the latest with pairs or attendance).</source>
        <translation>Der Termin (Standard: der letzte mit Paaren oder Anwesenheit).</translation>
    </message>
    <message>
        <source>report schedule session takes a session id and --date YYYY-MM-DD</source>
        <translation>report schedule session erwartet eine Sitzungs-ID und --date JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>ReportScopeLoader</name>
    <message>
        <source>the smallest group size must be at least 1</source>
        <translation>die kleinste Gruppengröße muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>no community named &apos;%1&apos;</source>
        <translation>keine Community namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no community with id %1</source>
        <translation>keine Community mit der ID %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a workspace archive into a new file, after checking every checksum and the manifest; nothing is written when anything is wrong.</source>
        <translation>Ein Arbeitsbereichsarchiv in eine neue Datei wiederherstellen, nachdem jede Prüfsumme und das Manifest geprüft wurden; stimmt etwas nicht, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The archive &apos;backup&apos; wrote.</source>
        <translation>Das Archiv, das &apos;backup&apos; geschrieben hat.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Replace the --to file if it exists (never while it is open).</source>
        <translation>Die --to-Datei ersetzen, falls sie existiert (nie, solange sie geöffnet ist).</translation>
    </message>
    <message>
        <source>Only check the archive; write nothing.</source>
        <translation>Nur das Archiv prüfen; nichts schreiben.</translation>
    </message>
    <message>
        <source>restore needs FILE.zip and --to NEW.db</source>
        <translation>restore braucht DATEI.zip und --to NEU.db</translation>
    </message>
    <message>
        <source>%1 is intact: schema %2, written by Steward %3 on %4.</source>
        <translation>%1 ist unversehrt: Schema %2, geschrieben von Steward %3 am %4.</translation>
    </message>
    <message>
        <source>Restored %1: schema %2, written by Steward %3 on %4.</source>
        <translation>%1 wiederhergestellt: Schema %2, geschrieben von Steward %3 am %4.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Approve</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>ReviewAddCommand</name>
    <message>
        <source>Review an artefact (not one&apos;s own) with a verdict; it counts as an interaction.</source>
        <translation>Ein Artefakt (nicht das eigene) mit einem Urteil begutachten; es zählt als Interaktion.</translation>
    </message>
    <message>
        <source>--comment &apos;%1&apos;: write CRITERION=TEXT with a criterion of &apos;%2&apos;: %3</source>
        <translation>--comment &apos;%1&apos;: KRITERIUM=TEXT mit einem Kriterium von &apos;%2&apos; schreiben: %3</translation>
    </message>
    <message>
        <source>--criterion-verdict &apos;%1&apos;: write CRITERION=VERDICT with a criterion of &apos;%2&apos;</source>
        <translation>--criterion-verdict „%1“: schreiben Sie KRITERIUM=URTEIL mit einem Kriterium von „%2“</translation>
    </message>
    <message>
        <source>The artefact&apos;s id.</source>
        <translation>Die ID des Artefakts.</translation>
    </message>
    <message>
        <source>Who reviews, by name or email.</source>
        <translation>Wer begutachtet, mit Name oder E-Mail.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>The feedback template used.</source>
        <translation>Die verwendete Feedback-Vorlage.</translation>
    </message>
    <message>
        <source>A comment on one criterion of the template (repeatable).</source>
        <translation>Ein Kommentar zu einem Kriterium der Vorlage (wiederholbar).</translation>
    </message>
    <message>
        <source>A verdict on one criterion of the template (repeatable): %1.</source>
        <translation>Ein Urteil zu einem Kriterium der Vorlage (wiederholbar): %1.</translation>
    </message>
    <message>
        <source>An overall comment.</source>
        <translation>Ein Gesamtkommentar.</translation>
    </message>
    <message>
        <source>The day of the review (default today).</source>
        <translation>Der Tag des Reviews (Standard heute).</translation>
    </message>
    <message>
        <source>Also set the artefact&apos;s status to reviewed (needs approve).</source>
        <translation>Außerdem den Status des Artefakts auf reviewed setzen (braucht approve).</translation>
    </message>
    <message>
        <source>there is no feedback template named &apos;%1&apos;</source>
        <translation>es gibt keine Feedback-Vorlage namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--comment and --criterion-verdict need --template NAME</source>
        <translation>--comment und --criterion-verdict brauchen --template NAME</translation>
    </message>
    <message>
        <source>review add needs --artefact ID, --reviewer PERSON and --verdict VERDICT</source>
        <translation>review add braucht --artefact ID, --reviewer PERSON und --verdict URTEIL</translation>
    </message>
    <message>
        <source>Added review %1 of artefact %2 (%3).</source>
        <translation>Review %1 zu Artefakt %2 hinzugefügt (%3).</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>A feedback template needs a name.</source>
        <translation>Eine Feedback-Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A feedback template needs at least one criterion.</source>
        <translation>Eine Feedback-Vorlage braucht mindestens ein Kriterium.</translation>
    </message>
    <message>
        <source>Every criterion of template &apos;%1&apos; needs a name.</source>
        <translation>Jedes Kriterium der Vorlage &apos;%1&apos; braucht einen Namen.</translation>
    </message>
    <message>
        <source>Could not add the template &apos;%1&apos;: %2</source>
        <translation>Die Vorlage &apos;%1&apos; konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Comments per criterion need a feedback template.</source>
        <translation>Kommentare je Kriterium brauchen eine Feedback-Vorlage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict for criterion %2; use one of: %3.</source>
        <translation>„%1“ ist kein Urteil für Kriterium %2; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>Criterion %1 is not part of the review&apos;s template.</source>
        <translation>Kriterium %1 gehört nicht zur Vorlage des Reviews.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; use one of: %2.</source>
        <translation>&apos;%1&apos; ist kein Urteil; eines davon verwenden: %2.</translation>
    </message>
    <message>
        <source>A review needs a date.</source>
        <translation>Ein Review braucht ein Datum.</translation>
    </message>
    <message>
        <source>There is no artefact with id %1.</source>
        <translation>Es gibt kein Artefakt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>A review of one&apos;s own artefact is refused: the reviewer is an author of artefact %1.</source>
        <translation>Ein Review des eigenen Artefakts wird abgelehnt: die begutachtende Person ist Autor von Artefakt %1.</translation>
    </message>
    <message>
        <source>Could not save the comment on criterion %1: %2</source>
        <translation>Der Kommentar zu Kriterium %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not add the review: %1</source>
        <translation>Das Review konnte nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>RollingBackup</name>
    <message>
        <source>Could not create the backup folder &apos;%1&apos;.</source>
        <translation>Der Sicherungsordner &apos;%1&apos; konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RotationCalendar</name>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1: hot seat %2</source>
        <translation>%1: Hot Seat %2</translation>
    </message>
    <message>
        <source>%1: micro-teach %2</source>
        <translation>%1: Micro-Teach %2</translation>
    </message>
    <message>
        <source>%1: on call %2</source>
        <translation>%1: Bereitschaft %2</translation>
    </message>
    <message numerus="yes">
        <source>Response-time target: %n minute(s)</source>
        <translation>
            <numerusform>Antwortzeit-Ziel: %n Minute</numerusform>
            <numerusform>Antwortzeit-Ziel: %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationDocument</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be kept.</source>
        <translation>
            <numerusform>%n Regel konnte nicht eingehalten werden.</numerusform>
            <numerusform>%n Regeln konnten nicht eingehalten werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Includes confidential notes: do not pass on.</source>
        <translation>Enthält vertrauliche Notizen: nicht weitergeben.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
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
    <message>
        <source>A response-time target is a number of minutes above 0.</source>
        <translation>Ein Antwortzeit-Ziel ist eine Zahl von Minuten über 0.</translation>
    </message>
    <message>
        <source>A meeting of a rotation lasts from 1 to 1440 minutes (%1 given).</source>
        <translation>Ein Treffen einer Rotation dauert 1 bis 1440 Minuten (angegeben: %1).</translation>
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
    <name>RotationWorkbench</name>
    <message>
        <source>Choose a first day and at least one meeting.</source>
        <translation>Wählen Sie einen ersten Tag und mindestens ein Treffen.</translation>
    </message>
</context>
<context>
    <name>RowChangeJournal</name>
    <message>
        <source>a row changed by this edit has changed again since</source>
        <translation>eine von dieser Änderung betroffene Zeile wurde seither erneut geändert</translation>
    </message>
    <message>
        <source>The table %1 has changed since this edit; it cannot be undone.</source>
        <translation>Die Tabelle %1 hat sich seit dieser Änderung geändert; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>RunSheetReport</name>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>No phases are planned for this session.</source>
        <translation>Für diese Sitzung sind keine Phasen geplant.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>No roles are given out.</source>
        <translation>Es sind keine Rollen vergeben.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Pairs and groups</source>
        <translation>Paare und Gruppen</translation>
    </message>
    <message>
        <source>No pairs are planned for this day.</source>
        <translation>Für diesen Tag sind keine Paare geplant.</translation>
    </message>
    <message>
        <source>no session with id %1</source>
        <translation>keine Sitzung mit der ID %1</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 of %2. Place: %3. Facilitator: %4.</source>
        <translation>%1 von %2. Ort: %3. Moderation: %4.</translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>%1: not a readable ZIP archive (truncated, split over several files, or not a ZIP at all; error %2)</source>
        <translation>%1: kein lesbares ZIP-Archiv (abgeschnitten, auf mehrere Dateien verteilt oder gar kein ZIP; Fehler %2)</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory is damaged after entry %2</source>
        <translation>%1: das Verzeichnis des Archivs ist nach Eintrag %2 beschädigt</translation>
    </message>
    <message>
        <source>%1: the archive unpacks to more than %2 MB (a zip bomb?); refused</source>
        <translation>%1: das Archiv entpackt sich auf mehr als %2 MB (eine Zip-Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>%1: more than %2 entries; refused</source>
        <translation>%1: mehr als %2 Einträge; abgelehnt</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory is damaged (error %2)</source>
        <translation>%1: das Verzeichnis des Archivs ist beschädigt (Fehler %2)</translation>
    </message>
    <message>
        <source>%1: the entry name leaves the archive&apos;s folder (&apos;..&apos; or an absolute path); refused</source>
        <translation>%1: der Eintragsname verlässt den Ordner des Archivs (&apos;..&apos; oder ein absoluter Pfad); abgelehnt</translation>
    </message>
    <message>
        <source>%1: the entry is a symbolic link; refused</source>
        <translation>%1: der Eintrag ist ein symbolischer Link; abgelehnt</translation>
    </message>
    <message>
        <source>%1: the entry is encrypted; export it without a password</source>
        <translation>%1: der Eintrag ist verschlüsselt; exportieren Sie ihn ohne Passwort</translation>
    </message>
    <message>
        <source>%1: the entry is %2 MB, more than the limit of %3 MB</source>
        <translation>%1: der Eintrag hat %2 MB, mehr als die Grenze von %3 MB</translation>
    </message>
    <message>
        <source>%1: the entry inflates %2 times (a zip bomb?); the limit is %3</source>
        <translation>%1: der Eintrag wächst beim Entpacken auf das %2-Fache (eine Zip-Bombe?); die Grenze ist %3</translation>
    </message>
    <message>
        <source>%1: the entry cannot be found again</source>
        <translation>%1: der Eintrag ist nicht wieder auffindbar</translation>
    </message>
    <message>
        <source>%1: the entry cannot be opened (error %2)</source>
        <translation>%1: der Eintrag lässt sich nicht öffnen (Fehler %2)</translation>
    </message>
    <message>
        <source>%1: the entry inflates to more than it declares (%2 bytes); refused</source>
        <translation>%1: der Eintrag entpackt sich auf mehr als angegeben (%2 Bytes); abgelehnt</translation>
    </message>
    <message>
        <source>%1: the entry is damaged or truncated at byte %2 of %3 (error %4)</source>
        <translation>%1: der Eintrag ist bei Byte %2 von %3 beschädigt oder abgeschnitten (Fehler %4)</translation>
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
    <name>SampleRepertoire</name>
    <message>
        <source>On-call handover checklist</source>
        <translation>Checkliste für die Bereitschaftsübergabe</translation>
    </message>
    <message>
        <source>- [ ] Open incidents and their owners
- [ ] Silenced alerts and why
- [ ] Risky changes planned this week</source>
        <translation>- [ ] Offene Vorfälle und ihre Verantwortlichen
- [ ] Stummgeschaltete Alarme und warum
- [ ] Riskante Änderungen diese Woche</translation>
    </message>
    <message>
        <source>- [ ] Escalation contacts still correct</source>
        <translation>- [ ] Eskalationskontakte noch korrekt</translation>
    </message>
    <message>
        <source>Database failover playbook</source>
        <translation>Playbook für den Datenbank-Failover</translation>
    </message>
    <message>
        <source>## When
The primary stops answering for two minutes.

## Steps
1. Freeze deploys
2. Promote the replica
3. Point the service at the new primary</source>
        <translation>## Wann
Der Primärserver antwortet zwei Minuten lang nicht.

## Schritte
1. Deployments einfrieren
2. Das Replikat befördern
3. Den Dienst auf den neuen Primärserver zeigen lassen</translation>
    </message>
    <message>
        <source>4. Rebuild the old primary as a replica before the next business day</source>
        <translation>4. Den alten Primärserver vor dem nächsten Arbeitstag als Replikat neu aufsetzen</translation>
    </message>
    <message>
        <source>Post-mortem: DNS outage in March</source>
        <translation>Post-mortem: DNS-Ausfall im März</translation>
    </message>
    <message>
        <source>## What happened
A TTL of one day kept a wrong record alive.

## What we learned
Lower the TTL a week before a migration.</source>
        <translation>## Was geschah
Eine TTL von einem Tag hielt einen falschen Eintrag am Leben.

## Was wir gelernt haben
Die TTL eine Woche vor einer Migration senken.</translation>
    </message>
    <message>
        <source>## Follow-ups
- Alert on record changes outside change windows</source>
        <translation>## Folgeaufgaben
- Alarm bei Eintragsänderungen außerhalb von Änderungsfenstern</translation>
    </message>
    <message>
        <source>Roll back first, debug second</source>
        <translation>Erst zurückrollen, dann debuggen</translation>
    </message>
    <message>
        <source>If a release correlates with the incident, roll it back before looking for the cause.</source>
        <translation>Fällt ein Release mit dem Vorfall zusammen, es zurückrollen, bevor nach der Ursache gesucht wird.</translation>
    </message>
    <message>
        <source>Page or wait? Alert triage</source>
        <translation>Alarmieren oder warten? Triage von Alarmen</translation>
    </message>
    <message>
        <source>1. Are customers affected? Yes: page.
2. Will it get worse within an hour? Yes: page.
3. Otherwise: ticket for the morning.</source>
        <translation>1. Sind Kunden betroffen? Ja: alarmieren.
2. Wird es innerhalb einer Stunde schlimmer? Ja: alarmieren.
3. Sonst: Ticket für den Morgen.</translation>
    </message>
    <message>
        <source>4. Not sure? Page: waking someone is cheaper than a silent outage.</source>
        <translation>4. Unsicher? Alarmieren: jemanden zu wecken ist billiger als ein stiller Ausfall.</translation>
    </message>
    <message>
        <source>Incident retrospective template</source>
        <translation>Vorlage für die Vorfall-Retrospektive</translation>
    </message>
    <message>
        <source>## Timeline
## Impact
## Contributing factors
## What went well
## Actions</source>
        <translation>## Zeitleiste
## Auswirkung
## Beitragende Faktoren
## Was gut lief
## Maßnahmen</translation>
    </message>
    <message>
        <source>Case: the cluster that ran out of IPs</source>
        <translation>Fall: der Cluster, dem die IP-Adressen ausgingen</translation>
    </message>
    <message>
        <source>Pods stayed pending for an hour because the subnet was full. The fix took five minutes; finding it took fifty.</source>
        <translation>Pods blieben eine Stunde lang pending, weil das Subnetz voll war. Die Lösung dauerte fünf Minuten, sie zu finden fünfzig.</translation>
    </message>
    <message>
        <source>We now alert at 80% of the subnet.</source>
        <translation>Wir alarmieren jetzt bei 80 % des Subnetzes.</translation>
    </message>
    <message>
        <source>Capacity review playbook</source>
        <translation>Playbook für die Kapazitätsprüfung</translation>
    </message>
    <message>
        <source>Once a quarter: compare peak load with headroom for each service and book the gaps.</source>
        <translation>Einmal im Quartal: Spitzenlast und Reserve je Dienst vergleichen und die Lücken einplanen.</translation>
    </message>
    <message>
        <source>Release readiness checklist</source>
        <translation>Checkliste für die Release-Bereitschaft</translation>
    </message>
    <message>
        <source>- [ ] Rollback tested
- [ ] Dashboards ready
- [ ] On-call knows</source>
        <translation>- [ ] Rollback getestet
- [ ] Dashboards bereit
- [ ] Bereitschaft informiert</translation>
    </message>
    <message>
        <source>Two people touch production, never one</source>
        <translation>Zwei Personen arbeiten an der Produktion, nie eine</translation>
    </message>
    <message>
        <source>Any manual change in production is paired: one types, one reads back.</source>
        <translation>Jede manuelle Änderung in der Produktion erfolgt zu zweit: eine Person tippt, eine liest zurück.</translation>
    </message>
    <message>
        <source>Privacy check before sharing a dashboard</source>
        <translation>Datenschutzprüfung vor dem Teilen eines Dashboards</translation>
    </message>
    <message>
        <source>- [ ] No group smaller than five
- [ ] No free-text answers
- [ ] Owner named</source>
        <translation>- [ ] Keine Gruppe kleiner als fünf
- [ ] Keine Freitextantworten
- [ ] Verantwortliche Person benannt</translation>
    </message>
    <message>
        <source>- [ ] Legal basis noted</source>
        <translation>- [ ] Rechtsgrundlage vermerkt</translation>
    </message>
    <message>
        <source>Survey design template</source>
        <translation>Vorlage für die Umfragegestaltung</translation>
    </message>
    <message>
        <source>## Decision this informs
## Population
## Questions (max 12)
## Analysis plan</source>
        <translation>## Entscheidung, die sie unterstützt
## Grundgesamtheit
## Fragen (höchstens 12)
## Auswertungsplan</translation>
    </message>
    <message>
        <source>## Who sees the results, and when</source>
        <translation>## Wer die Ergebnisse sieht, und wann</translation>
    </message>
    <message>
        <source>Ask what decision the number will change</source>
        <translation>Frag, welche Entscheidung die Zahl ändert</translation>
    </message>
    <message>
        <source>If nobody can name the decision, do not build the metric.</source>
        <translation>Wenn niemand die Entscheidung nennen kann, die Kennzahl nicht bauen.</translation>
    </message>
    <message>
        <source>Case: attrition model that learned the org chart</source>
        <translation>Fall: das Fluktuationsmodell, das das Organigramm lernte</translation>
    </message>
    <message>
        <source>The model predicted leavers well - by learning which teams had been reorganised.</source>
        <translation>Das Modell sagte Abgänge gut voraus - indem es lernte, welche Teams umorganisiert worden waren.</translation>
    </message>
    <message>
        <source>Lesson: check features that leak the outcome.</source>
        <translation>Lehre: Merkmale prüfen, die das Ergebnis verraten.</translation>
    </message>
    <message>
        <source>Can we use this data?</source>
        <translation>Dürfen wir diese Daten verwenden?</translation>
    </message>
    <message>
        <source>1. Was it collected for this purpose? No: ask the owner.
2. Can people be singled out? Yes: aggregate.
3. Would they be surprised? Yes: do not.</source>
        <translation>1. Wurden sie für diesen Zweck erhoben? Nein: die verantwortliche Stelle fragen.
2. Lassen sich Personen herausgreifen? Ja: aggregieren.
3. Wären sie überrascht? Ja: nicht tun.</translation>
    </message>
    <message>
        <source>Engagement survey playbook</source>
        <translation>Playbook für die Engagement-Umfrage</translation>
    </message>
    <message>
        <source>Six weeks from questions to team conversations; results go to teams before leaders.</source>
        <translation>Sechs Wochen von den Fragen bis zu den Teamgesprächen; Ergebnisse gehen an die Teams vor den Führungskräften.</translation>
    </message>
    <message>
        <source>Week 5: managers get a conversation guide.</source>
        <translation>Woche 5: Führungskräfte erhalten einen Gesprächsleitfaden.</translation>
    </message>
    <message>
        <source>Post-mortem: the dashboard that showed salaries</source>
        <translation>Post-mortem: das Dashboard, das Gehälter zeigte</translation>
    </message>
    <message>
        <source>A filter let a group of two be selected. We now enforce the minimum in the query, not the chart.</source>
        <translation>Ein Filter ließ eine Gruppe von zwei Personen auswählen. Wir erzwingen das Minimum jetzt in der Abfrage, nicht im Diagramm.</translation>
    </message>
    <message>
        <source>Plot it before you model it</source>
        <translation>Erst plotten, dann modellieren</translation>
    </message>
    <message>
        <source>Most surprises are visible in a scatter plot.</source>
        <translation>Die meisten Überraschungen sieht man in einem Streudiagramm.</translation>
    </message>
    <message>
        <source>Analysis request template</source>
        <translation>Vorlage für Analyseanfragen</translation>
    </message>
    <message>
        <source>## Question
## Decision and deadline
## Data you think we need</source>
        <translation>## Frage
## Entscheidung und Frist
## Daten, die wir vermutlich brauchen</translation>
    </message>
    <message>
        <source>Onboarding playbook: first 30 days</source>
        <translation>Onboarding-Playbook: die ersten 30 Tage</translation>
    </message>
    <message>
        <source>Day 1 kickoff, day 7 first value, day 30 review with the sponsor.</source>
        <translation>Tag 1 Kickoff, Tag 7 erster Nutzen, Tag 30 Rückblick mit dem Sponsor.</translation>
    </message>
    <message>
        <source>Add a success plan the customer signs.</source>
        <translation>Einen Erfolgsplan ergänzen, den der Kunde unterschreibt.</translation>
    </message>
    <message>
        <source>Renewal risk checklist</source>
        <translation>Checkliste für Verlängerungsrisiken</translation>
    </message>
    <message>
        <source>- [ ] Sponsor still there
- [ ] Usage trend
- [ ] Open escalations</source>
        <translation>- [ ] Sponsor noch da
- [ ] Nutzungstrend
- [ ] Offene Eskalationen</translation>
    </message>
    <message>
        <source>- [ ] Budget cycle known</source>
        <translation>- [ ] Budgetzyklus bekannt</translation>
    </message>
    <message>
        <source>Escalate or handle?</source>
        <translation>Eskalieren oder selbst lösen?</translation>
    </message>
    <message>
        <source>1. Is revenue at risk this quarter? Escalate.
2. Is it a product defect? Loop in support.
3. Otherwise handle and log.</source>
        <translation>1. Ist Umsatz in diesem Quartal gefährdet? Eskalieren.
2. Ist es ein Produktfehler? Den Support einbeziehen.
3. Sonst selbst lösen und dokumentieren.</translation>
    </message>
    <message>
        <source>Quarterly business review deck</source>
        <translation>Präsentation für das Quartalsgespräch</translation>
    </message>
    <message>
        <source>## Goals we agreed
## What happened
## Next quarter</source>
        <translation>## Vereinbarte Ziele
## Was geschah
## Nächstes Quartal</translation>
    </message>
    <message>
        <source>Case: saving the logistics renewal</source>
        <translation>Fall: die Rettung der Logistik-Verlängerung</translation>
    </message>
    <message>
        <source>The champion left in month ten. A new sponsor map and two workshops turned it around.</source>
        <translation>Der Champion ging im zehnten Monat. Eine neue Sponsorenkarte und zwei Workshops brachten die Wende.</translation>
    </message>
    <message>
        <source>Map three sponsors from the start.</source>
        <translation>Von Anfang an drei Sponsoren erfassen.</translation>
    </message>
    <message>
        <source>Silence is a churn signal</source>
        <translation>Schweigen ist ein Abwanderungssignal</translation>
    </message>
    <message>
        <source>A customer who stops complaining has often stopped caring.</source>
        <translation>Ein Kunde, der sich nicht mehr beschwert, hat oft aufgehört, sich zu kümmern.</translation>
    </message>
    <message>
        <source>Post-mortem: the missed renewal date</source>
        <translation>Post-mortem: das verpasste Verlängerungsdatum</translation>
    </message>
    <message>
        <source>The date lived in one person&apos;s calendar. Renewal dates now live in the CRM with two owners.</source>
        <translation>Das Datum stand im Kalender einer einzigen Person. Verlängerungsdaten stehen jetzt im CRM mit zwei Verantwortlichen.</translation>
    </message>
    <message>
        <source>Escalation playbook</source>
        <translation>Eskalations-Playbook</translation>
    </message>
    <message>
        <source>Acknowledge within an hour, name one owner, update daily until closed.</source>
        <translation>Innerhalb einer Stunde bestätigen, eine verantwortliche Person benennen, täglich bis zum Abschluss informieren.</translation>
    </message>
    <message>
        <source>Close with a note on what we changed.</source>
        <translation>Mit einer Notiz abschließen, was wir geändert haben.</translation>
    </message>
    <message>
        <source>Kickoff call checklist</source>
        <translation>Checkliste für das Kickoff-Gespräch</translation>
    </message>
    <message>
        <source>- [ ] Goals in the customer&apos;s words
- [ ] Sponsor and users named
- [ ] Next meeting booked</source>
        <translation>- [ ] Ziele in den Worten des Kunden
- [ ] Sponsor und Nutzer benannt
- [ ] Nächster Termin vereinbart</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Peer-Review</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Verständlichkeit</translation>
    </message>
    <message>
        <source>Can a newcomer follow it without asking?</source>
        <translation>Kann eine neue Person es ohne Nachfragen befolgen?</translation>
    </message>
    <message>
        <source>Correctness</source>
        <translation>Richtigkeit</translation>
    </message>
    <message>
        <source>Is anything wrong or out of date?</source>
        <translation>Ist etwas falsch oder veraltet?</translation>
    </message>
    <message>
        <source>Reusability</source>
        <translation>Wiederverwendbarkeit</translation>
    </message>
    <message>
        <source>Would another team use it as it is?</source>
        <translation>Würde ein anderes Team es so verwenden?</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>What could go wrong if someone follows it?</source>
        <translation>Was könnte schiefgehen, wenn jemand es befolgt?</translation>
    </message>
    <message>
        <source>Clear enough to follow at 3 a.m.</source>
        <translation>Klar genug, um es um 3 Uhr nachts zu befolgen.</translation>
    </message>
    <message>
        <source>One step is out of date.</source>
        <translation>Ein Schritt ist veraltet.</translation>
    </message>
    <message>
        <source>Other teams could use this.</source>
        <translation>Andere Teams könnten das nutzen.</translation>
    </message>
    <message>
        <source>Say what to do when step 2 fails.</source>
        <translation>Sagen, was zu tun ist, wenn Schritt 2 scheitert.</translation>
    </message>
    <message>
        <source>Good to share.</source>
        <translation>Gut zum Teilen.</translation>
    </message>
    <message>
        <source>Nearly there.</source>
        <translation>Fast fertig.</translation>
    </message>
    <message>
        <source>Stayed late to help me through my first incident.</source>
        <translation>Ist lange geblieben, um mir durch meinen ersten Vorfall zu helfen.</translation>
    </message>
    <message>
        <source>Your review made the playbook twice as clear.</source>
        <translation>Dein Review hat das Playbook doppelt so klar gemacht.</translation>
    </message>
    <message>
        <source>Great micro-teach - I used it the next day.</source>
        <translation>Toller Micro-Teach - ich habe es gleich am nächsten Tag genutzt.</translation>
    </message>
    <message>
        <source>Answered every question in the channel this week.</source>
        <translation>Hat diese Woche jede Frage im Kanal beantwortet.</translation>
    </message>
    <message>
        <source>Turned a messy retro into a clean write-up.</source>
        <translation>Hat aus einer chaotischen Retro eine saubere Fallbeschreibung gemacht.</translation>
    </message>
    <message>
        <source>The sample has no community named &apos;%1&apos;.</source>
        <translation>Das Beispiel hat keine Community namens &apos;%1&apos;.</translation>
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
    <message>
        <source>Run a blameless review within a week of every major incident</source>
        <translation>Nach jedem größeren Vorfall binnen einer Woche ein schuldfreies Review durchführen</translation>
    </message>
    <message>
        <source>Hand over the on-call runbook to the new team</source>
        <translation>Das Bereitschafts-Runbook an das neue Team übergeben</translation>
    </message>
    <message>
        <source>Get the paging noise down to two alerts a night</source>
        <translation>Die Alarmflut auf zwei Alarme pro Nacht senken</translation>
    </message>
    <message>
        <source>Publish the quarterly retention analysis</source>
        <translation>Die vierteljährliche Bindungsanalyse veröffentlichen</translation>
    </message>
    <message>
        <source>Coach a junior analyst through their first model</source>
        <translation>Eine Junior-Analystin durch ihr erstes Modell begleiten</translation>
    </message>
    <message>
        <source>Agree on one definition of an active user</source>
        <translation>Sich auf eine Definition von „aktiver Nutzer“ einigen</translation>
    </message>
    <message>
        <source>Say no to one meeting a week</source>
        <translation>Einmal pro Woche zu einem Meeting Nein sagen</translation>
    </message>
    <message>
        <source>Write the capacity plan for next year</source>
        <translation>Den Kapazitätsplan für nächstes Jahr schreiben</translation>
    </message>
    <message>
        <source>Small step: drafted the outline.</source>
        <translation>Kleiner Schritt: Gliederung entworfen.</translation>
    </message>
    <message>
        <source>Blocked on another team, asked the group for ideas.</source>
        <translation>Blockiert durch ein anderes Team, die Gruppe um Ideen gebeten.</translation>
    </message>
    <message>
        <source>Tried the suggestion from last time; it helped.</source>
        <translation>Den Vorschlag vom letzten Mal ausprobiert; er hat geholfen.</translation>
    </message>
    <message>
        <source>Shared a first version for feedback.</source>
        <translation>Eine erste Version zur Rückmeldung geteilt.</translation>
    </message>
    <message>
        <source>Quiet week, no progress.</source>
        <translation>Ruhige Woche, kein Fortschritt.</translation>
    </message>
    <message>
        <source>Booked the time in my calendar this time.</source>
        <translation>Diesmal die Zeit im Kalender geblockt.</translation>
    </message>
    <message>
        <source>Considering a move to another team; not public yet.</source>
        <translation>Überlege, in ein anderes Team zu wechseln; noch nicht öffentlich.</translation>
    </message>
    <message>
        <source>Friction with my manager about priorities.</source>
        <translation>Reibung mit meiner Führungskraft über Prioritäten.</translation>
    </message>
    <message>
        <source>Burnt out after the outage weekend.</source>
        <translation>Ausgebrannt nach dem Störungswochenende.</translation>
    </message>
    <message>
        <source>Salary talk coming up, nervous about it.</source>
        <translation>Gehaltsgespräch steht an, bin nervös.</translation>
    </message>
    <message>
        <source>Mapping a customer&apos;s org chart in one call</source>
        <translation>Das Organigramm eines Kunden in einem Gespräch erfassen</translation>
    </message>
    <message>
        <source>When to pull in a solutions engineer</source>
        <translation>Wann man einen Solutions Engineer hinzuzieht</translation>
    </message>
    <message>
        <source>Five questions for a kickoff call</source>
        <translation>Fünf Fragen für ein Kickoff-Gespräch</translation>
    </message>
    <message>
        <source>Reading a support ticket backlog for churn signals</source>
        <translation>Einen Support-Ticket-Rückstand auf Abwanderungssignale lesen</translation>
    </message>
    <message>
        <source>Templates for a renewal email that gets answered</source>
        <translation>Vorlagen für eine Verlängerungs-E-Mail, die beantwortet wird</translation>
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
    <name>SaveArtefactCommand</name>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
</context>
<context>
    <name>SaveGoalCheckInCommand</name>
    <message>
        <source>Check in on %1</source>
        <translation>Check-in am %1</translation>
    </message>
    <message>
        <source>Remove the check-in of %1</source>
        <translation>Check-in vom %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SaveGoalCommand</name>
    <message>
        <source>Add goal &apos;%1&apos;</source>
        <translation>Ziel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove goal &apos;%1&apos;</source>
        <translation>Ziel „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit goal &apos;%1&apos;</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>SaveMastermindCommand</name>
    <message>
        <source>Edit mastermind group %1</source>
        <translation>Mastermind-Gruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add mastermind group %1</source>
        <translation>Mastermind-Gruppe %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>SaveRotationAbsenceCommand</name>
    <message>
        <source>Add absence</source>
        <translation>Abwesenheit hinzufügen</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Abwesenheit entfernen</translation>
    </message>
</context>
<context>
    <name>SaveRotationTopicCommand</name>
    <message>
        <source>Save topic &apos;%1&apos;</source>
        <translation>Thema „%1“ speichern</translation>
    </message>
    <message>
        <source>Remove topic &apos;%1&apos;</source>
        <translation>Thema „%1“ entfernen</translation>
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
    <name>ScheduleReport</name>
    <message>
        <source>Hot-seat rotation</source>
        <translation>Hot-Seat-Rotation</translation>
    </message>
    <message>
        <source>Micro-teach schedule</source>
        <translation>Micro-Teach-Plan</translation>
    </message>
    <message>
        <source>On-call rotation</source>
        <translation>Rufbereitschaft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>swapped</source>
        <translation>getauscht</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stored %2 rotation; plan one first</source>
        <translation>&apos;%1&apos; hat keine gespeicherte %2-Rotation; zuerst eine planen</translation>
    </message>
    <message>
        <source>Agreed response time: %1 minutes.</source>
        <translation>Vereinbarte Antwortzeit: %1 Minuten.</translation>
    </message>
    <message>
        <source>No turn falls in these dates.</source>
        <translation>In diese Daten fällt keine Runde.</translation>
    </message>
    <message>
        <source>no single mastermind group named &apos;%1&apos;</source>
        <translation>keine eindeutige Mastermind-Gruppe namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no community named &apos;%1&apos;</source>
        <translation>keine Community namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ScheduleRolesCommand</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
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
        <source>--roles takes facilitator and note-taker, not &apos;%1&apos;</source>
        <translation>--roles nimmt facilitator und note-taker, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--roles names no role</source>
        <translation>--roles nennt keine Rolle</translation>
    </message>
    <message>
        <source>Rotate a recurring session&apos;s facilitator and note-taker through its occurrences.</source>
        <translation>Moderation und Protokoll einer wiederkehrenden Sitzung reihum über ihre Termine verteilen.</translation>
    </message>
    <message>
        <source>The recurring session, by id (required).</source>
        <translation>Die wiederkehrende Sitzung, per ID (Pflicht).</translation>
    </message>
    <message>
        <source>Plan the occurrences from this day on; earlier ones keep what is stored (required).</source>
        <translation>Die Termine ab diesem Tag planen; frühere behalten, was gespeichert ist (Pflicht).</translation>
    </message>
    <message>
        <source>How many occurrences from --from on to plan (required).</source>
        <translation>Wie viele Termine ab --from geplant werden (Pflicht).</translation>
    </message>
    <message>
        <source>The roles to rotate, comma-separated (default: facilitator,note-taker).</source>
        <translation>Die zu verteilenden Rollen, durch Kommas getrennt (Vorgabe: facilitator,note-taker).</translation>
    </message>
    <message>
        <source>Rotate among every current member, not only those at level active and above.</source>
        <translation>Unter allen aktuellen Mitgliedern wechseln, nicht nur unter denen ab Stufe aktiv.</translation>
    </message>
    <message>
        <source>Seed that breaks ties between people the rules rank equal (default: 0).</source>
        <translation>Startwert, der zwischen Personen entscheidet, die die Regeln gleich einstufen (Vorgabe: 0).</translation>
    </message>
    <message>
        <source>Store the plan (its generated seats from --from on); without it the plan is only printed.</source>
        <translation>Den Plan speichern (seine erzeugten Plätze ab --from); ohne die Option wird er nur ausgegeben.</translation>
    </message>
    <message>
        <source>schedule roles needs --session ID (a session&apos;s id)</source>
        <translation>schedule roles braucht --session ID (die ID einer Sitzung)</translation>
    </message>
    <message>
        <source>schedule roles needs --from YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>schedule roles braucht --from JJJJ-MM-TT, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed braucht eine nicht negative ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 seat(s) cannot be filled, the first on %2: %3 Nothing was saved.</source>
        <translation>%1 Platz/Plätze können nicht besetzt werden, der erste am %2: %3 Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>warning: the plan breaks %1 rule(s), the first on %2: %3</source>
        <translation>Warnung: Der Plan verletzt %1 Regel(n), die erste am %2: %3</translation>
    </message>
    <message>
        <source>Saved %1 role seat(s) of session %2 from %3 on.</source>
        <translation>%1 Rollenplatz/-plätze der Sitzung %2 ab %3 gespeichert.</translation>
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
    <name>SessionCancelCommand</name>
    <message>
        <source>Cancel one occurrence of a series (the rest of the series stays).</source>
        <translation>Einen Termin einer Serie absagen (der Rest der Serie bleibt).</translation>
    </message>
    <message>
        <source>The series, by id.</source>
        <translation>Die Serie, nach ID.</translation>
    </message>
    <message>
        <source>The occurrence to cancel (the day it falls on).</source>
        <translation>Der abzusagende Termin (sein Tag).</translation>
    </message>
    <message>
        <source>session %1 is a one-off: cancel it by deleting it, not one occurrence</source>
        <translation>Treffen %1 ist einmalig: löschen Sie es, statt einen Termin abzusagen</translation>
    </message>
    <message>
        <source>Cancelled &quot;%1&quot; on %2.</source>
        <translation>„%1“ am %2 abgesagt.</translation>
    </message>
</context>
<context>
    <name>SessionCommandContent</name>
    <message>
        <source>That session no longer exists.</source>
        <translation>Dieses Treffen gibt es nicht mehr.</translation>
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
    <name>SessionMoveCommand</name>
    <message>
        <source>Move one occurrence of a series to another day and time.</source>
        <translation>Einen Termin einer Serie auf einen anderen Tag und eine andere Zeit verschieben.</translation>
    </message>
    <message>
        <source>The series, by id.</source>
        <translation>Die Serie, nach ID.</translation>
    </message>
    <message>
        <source>The occurrence to move (the day it falls on).</source>
        <translation>Der zu verschiebende Termin (sein Tag).</translation>
    </message>
    <message>
        <source>The new start, on the clock of the session&apos;s time zone.</source>
        <translation>Der neue Beginn, in der Uhrzeit der Zeitzone des Treffens.</translation>
    </message>
    <message>
        <source>A new length for this occurrence (default: the series&apos;).</source>
        <translation>Eine neue Dauer für diesen Termin (Standard: die der Serie).</translation>
    </message>
    <message>
        <source>--to %1 is not a time in the form YYYY-MM-DDTHH:MM</source>
        <translation>--to %1 ist keine Zeit der Form YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>session %1 is a one-off: only occurrences of a series move</source>
        <translation>Treffen %1 ist einmalig: nur Termine einer Serie lassen sich verschieben</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; of %2 to %3.</source>
        <translation>„%1“ vom %2 auf %3 verschoben.</translation>
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
    <name>SessionPairsMetCommand</name>
    <message>
        <source>%1 has no place in round %2</source>
        <translation>%1 hat keinen Platz in Runde %2</translation>
    </message>
    <message>
        <source>%1 and %2 were in different groups in round %3</source>
        <translation>%1 und %2 waren in Runde %3 in verschiedenen Gruppen</translation>
    </message>
    <message>
        <source>Mark whether people of one group of a stored round really met (the pairing history).</source>
        <translation>Markieren, ob sich Personen einer Gruppe einer gespeicherten Runde wirklich getroffen haben (der Paarungsverlauf).</translation>
    </message>
    <message>
        <source>The session, by id.</source>
        <translation>Die Sitzung, nach ID.</translation>
    </message>
    <message>
        <source>The occurrence, for a series (the day it falls on).</source>
        <translation>Der Termin, bei einer Serie (der Tag, auf den er fällt).</translation>
    </message>
    <message>
        <source>The round, from 1.</source>
        <translation>Die Runde, ab 1.</translation>
    </message>
    <message>
        <source>People of one group, by email or exact name.</source>
        <translation>Personen einer Gruppe, per E-Mail oder genauem Namen.</translation>
    </message>
    <message>
        <source>They did not meet after all.</source>
        <translation>Sie haben sich doch nicht getroffen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 has %3 stored round(s), not a round %4</source>
        <translation>„%1“ am %2 hat %3 gespeicherte Runde(n), keine Runde %4</translation>
    </message>
    <message>
        <source>Round %1 of &quot;%2&quot; on %3: %4 met.</source>
        <translation>Runde %1 von „%2“ am %3: %4 haben sich getroffen.</translation>
    </message>
    <message>
        <source>Round %1 of &quot;%2&quot; on %3: %4 did not meet.</source>
        <translation>Runde %1 von „%2“ am %3: %4 haben sich nicht getroffen.</translation>
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
    <name>SessionRoleEdits</name>
    <message>
        <source>%1 already held the turn on %2; it is history.</source>
        <translation>%1 war am %2 schon an der Reihe; das ist Geschichte.</translation>
    </message>
    <message>
        <source>%1 would both facilitate and take notes on %2.</source>
        <translation>%1 würde am %2 zugleich moderieren und Protokoll führen.</translation>
    </message>
    <message>
        <source>Generate facilitators and note-takers</source>
        <translation>Moderation und Protokoll verteilen</translation>
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
        <source>Swap %1 and %2</source>
        <translation>%1 und %2 tauschen</translation>
    </message>
    <message>
        <source>Choose a person to give the seat to.</source>
        <translation>Wählen Sie eine Person für den Platz.</translation>
    </message>
    <message>
        <source>%1 already holds this seat.</source>
        <translation>%1 hat diesen Platz bereits.</translation>
    </message>
    <message>
        <source>Give the %1 seat of %2 to %3</source>
        <translation>%1 am %2 an %3 geben</translation>
    </message>
    <message>
        <source>The %1 seat of %2 is empty; it has no status.</source>
        <translation>%1 am %2 ist unbesetzt und hat keinen Status.</translation>
    </message>
    <message>
        <source>The seat is already marked %1.</source>
        <translation>Der Platz ist schon als %1 markiert.</translation>
    </message>
    <message>
        <source>Mark the %1 seat of %2 done</source>
        <translation>%1 am %2 als erledigt markieren</translation>
    </message>
    <message>
        <source>Skip the %1 seat of %2</source>
        <translation>%1 am %2 auslassen</translation>
    </message>
    <message>
        <source>Mark the %1 seat of %2 as %3</source>
        <translation>%1 am %2 als %3 markieren</translation>
    </message>
</context>
<context>
    <name>SessionRolePlanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is both %2 and %3 on %4: both seats are fixed.</source>
        <translation>%1 ist am %4 sowohl %2 als auch %3: Beide Plätze sind fest vergeben.</translation>
    </message>
    <message>
        <source>No role to plan.</source>
        <translation>Keine Rolle zu planen.</translation>
    </message>
    <message>
        <source>Each occurrence needs its meeting date.</source>
        <translation>Jeder Termin braucht sein Datum.</translation>
    </message>
    <message>
        <source>The session has no occurrence to give roles for.</source>
        <translation>Die Sitzung hat keinen Termin, für den Rollen zu vergeben wären.</translation>
    </message>
</context>
<context>
    <name>SessionRoleSeat</name>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Protokollant</translation>
    </message>
</context>
<context>
    <name>SessionRoleSeatRepository</name>
    <message>
        <source>A role seat has no valid date.</source>
        <translation>Ein Rollenplatz hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The %1 seat is given twice.</source>
        <translation>Der Platz %1 ist doppelt vergeben.</translation>
    </message>
    <message>
        <source>%1 cannot both facilitate and take notes on %2.</source>
        <translation>%1 kann am %2 nicht zugleich moderieren und Protokoll führen.</translation>
    </message>
    <message>
        <source>Could not store the %1 seat: %2</source>
        <translation>Der Platz %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SessionRoleSource</name>
    <message>
        <source>Two occurrences of &quot;%1&quot; fall on %2; move one of them before rotating roles.</source>
        <translation>Zwei Termine von „%1“ fallen auf den %2; verschieben Sie einen davon, bevor Sie Rollen verteilen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only %2 occurrences from %3 on; %4 were asked for.</source>
        <translation>„%1“ hat ab %3 nur %2 Termine; verlangt waren %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no occurrence left from %2 on.</source>
        <translation>„%1“ hat ab %2 keinen Termin mehr.</translation>
    </message>
    <message>
        <source>The community of &quot;%1&quot; has no members.</source>
        <translation>Die Gemeinschaft von „%1“ hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>The community of &quot;%1&quot; has no member at level active or above; include every member to rotate among them.</source>
        <translation>Die Gemeinschaft von „%1“ hat kein Mitglied ab der Stufe aktiv; nehmen Sie alle Mitglieder dazu, um unter ihnen zu wechseln.</translation>
    </message>
    <message>
        <source>Everyone has opted out of session roles.</source>
        <translation>Alle haben sich von Sitzungsrollen abgemeldet.</translation>
    </message>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not recur; roles rotate only through a recurring session.</source>
        <translation>„%1“ wiederholt sich nicht; Rollen wechseln nur in wiederkehrenden Sitzungen.</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Meetings held by format</source>
        <translation>Abgehaltene Treffen nach Format</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>Average attendance</source>
        <translation>Mittlere Teilnahme</translation>
    </message>
    <message>
        <source>Attendance by month</source>
        <translation>Teilnahme nach Monat</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Average attendance per meeting</source>
        <translation>Mittlere Teilnahme je Treffen</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Abgehaltene Treffen</translation>
    </message>
    <message>
        <source>Sessions and attendance</source>
        <translation>Sitzungen und Teilnahme</translation>
    </message>
    <message>
        <source>No meeting with recorded attendance in the period.</source>
        <translation>Kein Treffen mit erfasster Anwesenheit im Zeitraum.</translation>
    </message>
    <message>
        <source>Average per meeting</source>
        <translation>Mittel je Treffen</translation>
    </message>
    <message>
        <source>A meeting counts as held when its attendance was recorded. The period before had %1 meetings with %2 attendances.</source>
        <translation>Ein Treffen zählt als abgehalten, wenn seine Anwesenheit erfasst wurde. Der Zeitraum davor hatte %1 Treffen mit %2 Teilnahmen.</translation>
    </message>
    <message>
        <source>%1 meetings were held with %2 people each on average (%3 in the period before).</source>
        <translation>%1 Treffen fanden mit durchschnittlich %2 Personen statt (%3 im Zeitraum davor).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
    <name>SetPathwayCriteriaCommand</name>
    <message>
        <source>Edit the pathway criteria</source>
        <translation>Die Kriterien des Beteiligungspfads bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetPathwayStaffCommand</name>
    <message>
        <source>Mark as staff</source>
        <translation>Als Personal markieren</translation>
    </message>
    <message>
        <source>Unmark as staff</source>
        <translation>Personal-Markierung entfernen</translation>
    </message>
    <message>
        <source>Person %1 is not a member of the community.</source>
        <translation>Person %1 ist kein Mitglied der Community.</translation>
    </message>
    <message>
        <source>That member is already marked as staff.</source>
        <translation>Dieses Mitglied ist bereits als Personal markiert.</translation>
    </message>
    <message>
        <source>That member is not marked as staff.</source>
        <translation>Dieses Mitglied ist nicht als Personal markiert.</translation>
    </message>
</context>
<context>
    <name>SetPracticeSettingsCommand</name>
    <message>
        <source>Change the pathway settings</source>
        <translation>Die Einstellungen des Beteiligungspfads ändern</translation>
    </message>
</context>
<context>
    <name>SlackExportParser</name>
    <message>
        <source>%1: user %2</source>
        <translation>%1: Benutzer %2</translation>
    </message>
    <message>
        <source>%1: the user id %2 appears twice</source>
        <translation>%1: die Benutzer-ID %2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: channel %2</source>
        <translation>%1: Kanal %2</translation>
    </message>
    <message>
        <source>%1: the channel id %2 appears twice</source>
        <translation>%1: die Kanal-ID %2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: message %2</source>
        <translation>%1: Nachricht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Slack timestamp like 1512085950.000216</source>
        <translation>&apos;%1&apos; ist kein Slack-Zeitstempel wie 1512085950.000216</translation>
    </message>
    <message>
        <source>%1: users.json is missing; is this a Slack workspace export?</source>
        <translation>%1: users.json fehlt; ist das ein Slack-Workspace-Export?</translation>
    </message>
    <message>
        <source>%1: the folder %2 is in no channel list; imported as a channel</source>
        <translation>%1: der Ordner %2 steht in keiner Kanalliste; als Kanal importiert</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SmallGroupSuppression</name>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) under %1 people</source>
        <translation>
            <numerusform>%n Gruppe unter %1 Personen</numerusform>
            <numerusform>%n Gruppen unter %1 Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
</context>
<context>
    <name>SurveyCsvParser</name>
    <message>
        <source>the column &apos;%1&apos; appears twice</source>
        <translation>die Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header needs &apos;respondent&apos;, &apos;question&apos; and &apos;named&apos;</source>
        <translation>die Kopfzeile braucht &apos;respondent&apos;, &apos;question&apos; und &apos;named&apos;</translation>
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
        <source>strength &apos;%1&apos; is not a positive number</source>
        <translation>Stärke &apos;%1&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not YYYY-MM-DD</source>
        <translation>Datum &apos;%1&apos; ist nicht JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>TableCsvExport</name>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet</source>
        <translation>Die angezeigten Zeilen als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>TeamsParser</name>
    <message>
        <source>%1: expected an array of Teams chatMessage objects (or {&quot;value&quot;: [...]})</source>
        <translation>%1: erwartet ein Array von Teams-chatMessage-Objekten (oder {&quot;value&quot;: [...]})</translation>
    </message>
    <message>
        <source>%1: message %2</source>
        <translation>%1: Nachricht %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing or empty</source>
        <translation>&apos;id&apos; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 time with an offset</source>
        <translation>&apos;%1&apos; ist keine ISO-8601-Zeit mit Zeitzonenversatz</translation>
    </message>
    <message>
        <source>every entry of &apos;mentions&apos; should be an object</source>
        <translation>jeder Eintrag von &apos;mentions&apos; sollte ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>backlog</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>TopicAddCommand</name>
    <message>
        <source>Add a topic to a community&apos;s micro-teach backlog.</source>
        <translation>Ein Thema zum Micro-Teach-Themenspeicher einer Community hinzufügen.</translation>
    </message>
    <message>
        <source>The community, by name (required).</source>
        <translation>Die Community, nach Name (erforderlich).</translation>
    </message>
    <message>
        <source>The topic (required).</source>
        <translation>Das Thema (erforderlich).</translation>
    </message>
    <message>
        <source>Who suggested it, by email or exact name.</source>
        <translation>Wer es vorgeschlagen hat, nach E-Mail oder genauem Namen.</translation>
    </message>
    <message>
        <source>Who might teach it, by email or exact name.</source>
        <translation>Wer es vortragen könnte, nach E-Mail oder genauem Namen.</translation>
    </message>
    <message>
        <source>backlog (default), planned, done or dropped.</source>
        <translation>backlog (Standard), planned, done oder dropped.</translation>
    </message>
    <message>
        <source>A link to slides, a recording or notes.</source>
        <translation>Ein Link zu Folien, einer Aufzeichnung oder Notizen.</translation>
    </message>
    <message>
        <source>topic add needs --%1</source>
        <translation>topic add braucht --%1</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not one of backlog, planned, done, dropped</source>
        <translation>--status: „%1“ ist keiner von backlog, planned, done, dropped</translation>
    </message>
    <message>
        <source>Added the topic &apos;%1&apos; to %2 (topic id %3).</source>
        <translation>Thema „%1“ zu %2 hinzugefügt (Thema Nr. %3).</translation>
    </message>
</context>
<context>
    <name>TopicListCommand</name>
    <message>
        <source>List a community&apos;s micro-teach topics, open ones first, as a table, JSON or CSV.</source>
        <translation>Die Micro-Teach-Themen einer Community auflisten, offene zuerst, als Tabelle, JSON oder CSV.</translation>
    </message>
    <message>
        <source>The community, by name (required).</source>
        <translation>Die Community, nach Name (erforderlich).</translation>
    </message>
    <message>
        <source>topic list needs --community NAME</source>
        <translation>topic list braucht --community NAME</translation>
    </message>
</context>
<context>
    <name>TopicRepository</name>
    <message>
        <source>A micro-teach topic needs a title.</source>
        <translation>Ein Micro-Teach-Thema braucht einen Titel.</translation>
    </message>
    <message>
        <source>The topic &apos;%1&apos; needs a community.</source>
        <translation>Das Thema „%1“ braucht eine Community.</translation>
    </message>
    <message>
        <source>The topic &apos;%1&apos; is already in the backlog.</source>
        <translation>Das Thema „%1“ ist schon im Themenspeicher.</translation>
    </message>
    <message>
        <source>Could not save the topic &apos;%1&apos;: %2</source>
        <translation>Das Thema „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The topic &apos;%1&apos; no longer exists.</source>
        <translation>Das Thema „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the topic: %1</source>
        <translation>Das Thema konnte nicht gelöscht werden: %1</translation>
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
    <name>WorkspaceBackup</name>
    <message>
        <source>Could not add &apos;%1&apos; to the archive (zip error %2).</source>
        <translation>&apos;%1&apos; konnte dem Archiv nicht hinzugefügt werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos; into the archive.</source>
        <translation>&apos;%1&apos; konnte nicht in das Archiv geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>Archiv wird geschrieben</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not finish &apos;%1&apos; in the archive (zip error %2).</source>
        <translation>&apos;%1&apos; konnte im Archiv nicht abgeschlossen werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos; (zip error %2).</source>
        <translation>&apos;%1&apos; konnte nicht angelegt werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>Could not finish &apos;%1&apos; (zip error %2).</source>
        <translation>&apos;%1&apos; konnte nicht abgeschlossen werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Taking a snapshot</source>
        <translation>Schnappschuss wird erstellt</translation>
    </message>
    <message>
        <source>Could not take a snapshot of the workspace: %1</source>
        <translation>Vom Arbeitsbereich konnte kein Schnappschuss erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceRestore</name>
    <message>
        <source>Could not read the archive entry &apos;%1&apos; (zip error %2).</source>
        <translation>Der Archiveintrag &apos;%1&apos; konnte nicht gelesen werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>The archive entry &apos;manifest.json&apos; is damaged or too large.</source>
        <translation>Der Archiveintrag &apos;manifest.json&apos; ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>The archive holds a workspace of schema %1, written by a newer Steward (this version reads up to %2). Update Steward to restore it.</source>
        <translation>Das Archiv enthält einen Arbeitsbereich mit Schema %1, geschrieben von einem neueren Steward (diese Version liest bis %2). Aktualisieren Sie Steward, um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>The archive&apos;s directory is damaged.</source>
        <translation>Das Verzeichnis des Archivs ist beschädigt.</translation>
    </message>
    <message>
        <source>The archive holds &apos;%1&apos; twice; nothing was restored.</source>
        <translation>Das Archiv enthält &apos;%1&apos; zweimal; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>This is not a Steward archive: it needs manifest.json and workspace.sqlite.</source>
        <translation>Dies ist kein Steward-Archiv: Es braucht manifest.json und workspace.sqlite.</translation>
    </message>
    <message>
        <source>The archive entry &apos;%1&apos; is not as manifest.json describes it; nothing was restored.</source>
        <translation>Der Archiveintrag &apos;%1&apos; entspricht nicht der Beschreibung in manifest.json; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Checking the archive</source>
        <translation>Archiv wird geprüft</translation>
    </message>
    <message>
        <source>Canceled; nothing was restored.</source>
        <translation>Abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The archive entry &apos;%1&apos; is damaged or truncated (its checksum does not match manifest.json); nothing was restored.</source>
        <translation>Der Archiveintrag &apos;%1&apos; ist beschädigt oder abgeschnitten (seine Prüfsumme passt nicht zu manifest.json); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP archive (zip error %2).</source>
        <translation>&apos;%1&apos; ist kein lesbares ZIP-Archiv (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists; choose a new file, or replace it on purpose (--force).</source>
        <translation>&apos;%1&apos; existiert; wählen Sie eine neue Datei oder ersetzen Sie sie bewusst (--force).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is open in Steward or was not closed cleanly; close it first or restore to a new file.</source>
        <translation>&apos;%1&apos; ist in Steward geöffnet oder wurde nicht sauber geschlossen; schließen Sie die Datei zuerst oder stellen Sie in eine neue Datei wieder her.</translation>
    </message>
    <message>
        <source>The archived database does not hold what manifest.json lists (schema or row counts differ); nothing was restored.</source>
        <translation>Die archivierte Datenbank enthält nicht, was manifest.json aufführt (Schema oder Zeilenzahlen weichen ab); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not write in &apos;%1&apos;: %2</source>
        <translation>In &apos;%1&apos; konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The archive changed while it was restored.</source>
        <translation>Das Archiv hat sich während der Wiederherstellung geändert.</translation>
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
    <name>steward::AbsencesView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add &amp;Absence…</source>
        <translation>&amp;Abwesenheit hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Absence</source>
        <translation>Abwesenheit entfernen</translation>
    </message>
    <message>
        <source>Add Absence</source>
        <translation>Abwesenheit hinzufügen</translation>
    </message>
</context>
<context>
    <name>steward::ArchiveActions</name>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Write an archive of the workspace with checksums, safe to keep or move</source>
        <translation>Ein Archiv des Arbeitsbereichs mit Prüfsummen schreiben, sicher aufzubewahren oder weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Check a backup archive and restore it into a new workspace file</source>
        <translation>Ein Sicherungsarchiv prüfen und in eine neue Arbeitsbereichsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>A&amp;utomatic Backups…</source>
        <translation>A&amp;utomatische Sicherungen…</translation>
    </message>
    <message>
        <source>Choose how many backups to keep of each workspace, taken when it opens</source>
        <translation>Festlegen, wie viele der beim Öffnen angelegten Sicherungen je Arbeitsbereich behalten werden</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the open workspace. Close it first, or restore to a new file.</source>
        <translation>&apos;%1&apos; ist der geöffnete Arbeitsbereich. Schließen Sie ihn zuerst oder stellen Sie in eine neue Datei wieder her.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Arbeitsbereich sichern</translation>
    </message>
    <message>
        <source>Steward archives (*.zip)</source>
        <translation>Steward-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Restore Workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Steward archives (*.zip);;All files (*)</source>
        <translation>Steward-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the archive</source>
        <translation>Archiv wird geprüft</translation>
    </message>
    <message>
        <source>Restore Into</source>
        <translation>Wiederherstellen in</translation>
    </message>
    <message>
        <source>-restored</source>
        <translation>-wiederhergestellt</translation>
    </message>
    <message>
        <source>Steward workspaces (*.steward)</source>
        <translation>Steward-Arbeitsbereiche (*.steward)</translation>
    </message>
    <message>
        <source>Restored the workspace of %1 (written by Steward %2). Open it now?</source>
        <translation>Der Arbeitsbereich vom %1 wurde wiederhergestellt (geschrieben von Steward %2). Jetzt öffnen?</translation>
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Each time a workspace opens, Steward writes a backup of it to
%1
How many backups of each workspace should it keep? (0 turns automatic backups off.)</source>
        <translation>Bei jedem Öffnen eines Arbeitsbereichs schreibt Steward eine Sicherung nach
%1
Wie viele Sicherungen je Arbeitsbereich sollen behalten werden? (0 schaltet automatische Sicherungen aus.)</translation>
    </message>
</context>
<context>
    <name>steward::ArtefactAuthorsPicker</name>
    <message>
        <source>Tick the people who wrote the artefact</source>
        <translation>Die Personen ankreuzen, die das Artefakt geschrieben haben</translation>
    </message>
</context>
<context>
    <name>steward::ArtefactDialog</name>
    <message>
        <source>A session</source>
        <translation>Eine Sitzung</translation>
    </message>
    <message>
        <source>A hot seat</source>
        <translation>Ein Hot Seat</translation>
    </message>
    <message>
        <source>An incident</source>
        <translation>Ein Vorfall</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Nichts Bestimmtes</translation>
    </message>
    <message>
        <source>New Artefact</source>
        <translation>Neues Artefakt</translation>
    </message>
    <message>
        <source>What it is, in a few words</source>
        <translation>Worum es geht, in wenigen Worten</translation>
    </message>
    <message>
        <source>Tags of the community, separated by spaces</source>
        <translation>Schlagwörter der Community, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Known tags: %1</source>
        <translation>Bekannte Schlagwörter: %1</translation>
    </message>
    <message>
        <source>seat </source>
        <translation>Platz </translation>
    </message>
    <message>
        <source>Link or reference of the incident</source>
        <translation>Link oder Referenz des Vorfalls</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utor:innen</translation>
    </message>
    <message>
        <source>Add artefact</source>
        <translation>Artefakt hinzufügen</translation>
    </message>
    <message>
        <source>Body (Markdown, with its preview on the right)</source>
        <translation>Text (Markdown, rechts die Vorschau)</translation>
    </message>
    <message>
        <source>An artefact needs a title.</source>
        <translation>Ein Artefakt braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>steward::ArtefactEditor</name>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Tags of the community, separated by spaces</source>
        <translation>Schlagwörter der Community, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>The artefact no longer exists.</source>
        <translation>Das Artefakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Version %1 - %2 %3</source>
        <translation>Version %1 - %2 %3</translation>
    </message>
    <message>
        <source>%1, %2 (version %3): %4</source>
        <translation>%1, %2 (Version %3): %4</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Reviews.</translation>
    </message>
    <message>
        <source>An artefact needs a title.</source>
        <translation>Ein Artefakt braucht einen Titel.</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>&apos;Reviewed&apos; needs at least one approving review.</source>
        <translation>„Begutachtet“ braucht mindestens ein zustimmendes Review.</translation>
    </message>
    <message>
        <source>Every save is a new version; Undo takes it back.</source>
        <translation>Jedes Speichern ist eine neue Version; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autor:innen</translation>
    </message>
    <message>
        <source>Saves the chosen version again as the newest one; history is never rewritten.</source>
        <translation>Speichert die gewählte Version erneut als neueste; der Verlauf wird nie umgeschrieben.</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Änderungen seit</translation>
    </message>
    <message>
        <source>Write a Review…</source>
        <translation>Review schreiben…</translation>
    </message>
    <message>
        <source>from the session &apos;%1&apos;</source>
        <translation>aus der Sitzung „%1“</translation>
    </message>
    <message>
        <source>from hot seat %1</source>
        <translation>aus Hot Seat %1</translation>
    </message>
    <message>
        <source>from incident %1</source>
        <translation>aus Vorfall %1</translation>
    </message>
    <message>
        <source>Version %1, last saved %2</source>
        <translation>Version %1, zuletzt gespeichert %2</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>(the same version)</source>
        <translation>(dieselbe Version)</translation>
    </message>
</context>
<context>
    <name>steward::ArtefactFromSessionDialog</name>
    <message>
        <source>Draft from a Session&apos;s Learnings</source>
        <translation>Entwurf aus den Erkenntnissen einer Sitzung</translation>
    </message>
    <message>
        <source>No session of this community has captured learnings yet.</source>
        <translation>Noch keine Sitzung dieser Community hat Erkenntnisse festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Add draft</source>
        <translation>Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Learnings captured in the session (they become the draft&apos;s body):</source>
        <translation>In der Sitzung festgehaltene Erkenntnisse (sie werden zum Text des Entwurfs):</translation>
    </message>
</context>
<context>
    <name>steward::ArtefactMarkdownEdit</name>
    <message>
        <source>Markdown: # headings, - lists, **bold**, [links](…)</source>
        <translation>Markdown: # Überschriften, - Listen, **fett**, [Links](…)</translation>
    </message>
</context>
<context>
    <name>steward::AttendanceHistoryView</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Zuletzt da</translation>
    </message>
    <message>
        <source>Choose a member to see their history.</source>
        <translation>Wählen Sie ein Mitglied, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of attendance over %1 meeting(s).</source>
        <translation>
            <numerusform>%n Anwesenheitseintrag über %1 Treffen.</numerusform>
            <numerusform>%n Anwesenheitseinträge über %1 Treffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s) recorded, newest first.</source>
        <translation>
            <numerusform>%1: %n Treffen erfasst, neuestes zuerst.</numerusform>
            <numerusform>%1: %n Treffen erfasst, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::CheckInDialog</name>
    <message>
        <source>Check In: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message>
        <source>Stays in the app: never exported unless you include it for one export.</source>
        <translation>Bleibt in der App: wird nie exportiert, außer Sie nehmen es für einen Export ausdrücklich auf.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Vertrauliche Notiz</translation>
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
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
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
    <name>steward::ComparisonPanel</name>
    <message>
        <source>Show before and after side by side</source>
        <translation>Vorher und nachher nebeneinander zeigen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Around</source>
        <translation>Rund um</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Window on each side</source>
        <translation>Zeitraum auf jeder Seite</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A day of my choice</source>
        <translation>Ein Tag meiner Wahl</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Average clustering</source>
        <translation>Durchschnittliches Clustering</translation>
    </message>
    <message>
        <source>Cross-team share of ties</source>
        <translation>Anteil teamübergreifender Verbindungen</translation>
    </message>
    <message>
        <source>Isolated people</source>
        <translation>Isolierte Personen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>%1 days before %2 against the %1 days from it on. New brokers: %3; moved toward the core: %4; toward the edge: %5.</source>
        <translation>%1 Tage vor dem %2 gegenüber den %1 Tagen ab diesem Tag. Neue Vermittler: %3; zum Kern hin: %4; zum Rand hin: %5.</translation>
    </message>
</context>
<context>
    <name>steward::CoverageView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Unterrichtet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) covered.</source>
        <translation>
            <numerusform>%n Thema behandelt.</numerusform>
            <numerusform>%n Themen behandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No turn yet: %1.</source>
        <translation>Noch nicht an der Reihe: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held with an empty slot.</source>
        <translation>
            <numerusform>%n Treffen mit einem leeren Platz.</numerusform>
            <numerusform>%n Treffen mit einem leeren Platz.</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>People by turns taught so far</source>
        <translation>Personen nach bisher übernommenen Einheiten</translation>
    </message>
</context>
<context>
    <name>steward::DashboardPage</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Choose a community to see its dashboard.</source>
        <translation>Wählen Sie eine Community, um ihr Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>Artefacts and recognition: no data yet.</source>
        <translation>Artefakte und Anerkennung: noch keine Daten.</translation>
    </message>
    <message>
        <source>Analysing the network by month…</source>
        <translation>Das Netzwerk wird Monat für Monat analysiert …</translation>
    </message>
    <message>
        <source>Outcomes: no data yet.</source>
        <translation>Ergebnisse: noch keine Daten.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>steward::DoNotPairDialog</name>
    <message>
        <source>Do Not Pair</source>
        <translation>Nicht zusammen einteilen</translation>
    </message>
    <message>
        <source>People the pairing planner keeps apart in this community. The list stays in the app: it is never shown in plans or exported.</source>
        <translation>Personen, die die Paarungsplanung in dieser Community auseinanderhält. Die Liste bleibt in der App: Sie erscheint nie in Plänen und wird nie exportiert.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 and %2 are on the list already.</source>
        <translation>%1 und %2 stehen bereits auf der Liste.</translation>
    </message>
    <message>
        <source>Do not pair %1 and %2</source>
        <translation>%1 und %2 nicht zusammen einteilen</translation>
    </message>
    <message>
        <source>Allow pairing %1 and %2</source>
        <translation>%1 und %2 wieder zusammen einteilen</translation>
    </message>
</context>
<context>
    <name>steward::FacilitatorWindow</name>
    <message>
        <source>Facilitating %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>Space start/pause · → next phase · ← previous · + / − one minute · ↑ / ↓ pairing round · Esc leaves a text box, then closes and saves</source>
        <translation>Leertaste Start/Pause · → nächste Phase · ← vorige · + / − eine Minute · ↑ / ↓ Paarungsrunde · Esc verlässt ein Textfeld, dann schließt und speichert es</translation>
    </message>
    <message>
        <source>Notes, as they come…</source>
        <translation>Notizen, wie sie kommen …</translation>
    </message>
    <message>
        <source>Learnings worth keeping…</source>
        <translation>Erkenntnisse, die bleiben sollen …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>This session has no phases: add them in the session editor.</source>
        <translation>Dieses Treffen hat keine Phasen: Fügen Sie sie im Treffen-Editor hinzu.</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>Phase %1 von %2: %3</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Paused: Space starts</source>
        <translation>Angehalten: Leertaste startet</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1 (%n min)</source>
        <translation>
            <numerusform>Als Nächstes: %1 (%n Min.)</numerusform>
            <numerusform>Als Nächstes: %1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Letzte Phase</translation>
    </message>
    <message>
        <source>No pairs for this meeting (plan them on the Pairings tab).</source>
        <translation>Keine Paare für dieses Treffen (planen Sie sie im Reiter Paarungen).</translation>
    </message>
    <message>
        <source>Round %1 of %2: </source>
        <translation>Runde %1 von %2: </translation>
    </message>
</context>
<context>
    <name>steward::GoalDialog</name>
    <message>
        <source>Add Goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::GoalsView</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Vertrauliche Notiz</translation>
    </message>
    <message>
        <source>Add &amp;Goal…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Check In…</source>
        <translation>&amp;Check-in…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>Ziel &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>No check-in for %n meeting(s)</source>
        <translation>
            <numerusform>Kein Check-in seit %n Treffen</numerusform>
            <numerusform>Kein Check-in seit %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its target date</source>
        <translation>Zieldatum überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s); %1 flagged. A goal is flagged when it has had no check-in for 3 meetings or is past its target date.</source>
        <translation>
            <numerusform>%n Ziel; %1 markiert. Ein Ziel wird markiert, wenn es seit 3 Treffen keinen Check-in hatte oder sein Zieldatum überschritten ist.</numerusform>
            <numerusform>%n Ziele; %1 markiert. Ein Ziel wird markiert, wenn es seit 3 Treffen keinen Check-in hatte oder sein Zieldatum überschritten ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 (confidential): %3</source>
        <translation>%1, %2 (vertraulich): %3</translation>
    </message>
    <message>
        <source>&amp;Edit Goal…</source>
        <translation>Ziel &amp;bearbeiten …</translation>
    </message>
</context>
<context>
    <name>steward::ImportFilePage</name>
    <message>
        <source>Slack workspace export (.zip)</source>
        <translation>Slack-Workspace-Export (.zip)</translation>
    </message>
    <message>
        <source>Discord channel (DiscordChatExporter JSON)</source>
        <translation>Discord-Kanal (DiscordChatExporter-JSON)</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph API JSON)</source>
        <translation>Microsoft-Teams-Nachrichten (Graph-API-JSON)</translation>
    </message>
    <message>
        <source>GitHub pull-request reviews (REST API JSON)</source>
        <translation>GitHub-Pull-Request-Reviews (REST-API-JSON)</translation>
    </message>
    <message>
        <source>Name-generator survey (CSV)</source>
        <translation>Namensgenerator-Umfrage (CSV)</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A Slack export, a Discord or Teams channel, GitHub reviews or a survey. Replies and mentions become interactions; the file itself is only read.</source>
        <translation>Ein Slack-Export, ein Discord- oder Teams-Kanal, GitHub-Reviews oder eine Umfrage. Antworten und Erwähnungen werden zu Interaktionen; die Datei selbst wird nur gelesen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>Import Activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>Activity files (*.zip *.json *.csv);;All files (*)</source>
        <translation>Aktivitätsdateien (*.zip *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>The format could not be told from the file: choose it above.</source>
        <translation>Das Format ließ sich an der Datei nicht erkennen: Wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>Recognised from the file&apos;s content.</source>
        <translation>Am Inhalt der Datei erkannt.</translation>
    </message>
</context>
<context>
    <name>steward::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import would bring in. Nothing has been written yet.</source>
        <translation>Was der Import hinzufügen würde. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Messages read:</source>
        <translation>Gelesene Nachrichten:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Interactions:</source>
        <translation>Interaktionen:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The file reads cleanly. Untick the channels to leave out, then import.</source>
        <translation>Die Datei lässt sich fehlerfrei lesen. Entfernen Sie das Häkchen bei Kanälen, die wegbleiben sollen, und importieren Sie dann.</translation>
    </message>
    <message>
        <source>%1 matched to people already here, %2 new (flagged unmatched, to review)</source>
        <translation>%1 vorhandenen Personen zugeordnet, %2 neu (als nicht zugeordnet markiert, zur Prüfung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>no dated messages</source>
        <translation>keine datierten Nachrichten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Tick at least one channel to import.</source>
        <translation>Wählen Sie mindestens einen Kanal zum Importieren aus.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>steward::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Imported as batch %1.</source>
        <translation>Als Stapel %1 importiert.</translation>
    </message>
    <message>
        <source>%1 messages read, %2 interactions created.</source>
        <translation>%1 Nachrichten gelesen, %2 Interaktionen angelegt.</translation>
    </message>
    <message>
        <source>%1 people matched, %2 people created (flagged unmatched, to review).</source>
        <translation>%1 Personen zugeordnet, %2 Personen angelegt (als nicht zugeordnet markiert, zur Prüfung).</translation>
    </message>
    <message>
        <source>%1 messages or ties skipped (bots, system messages, unknown accounts...).</source>
        <translation>%1 Nachrichten oder Verbindungen übersprungen (Bots, Systemnachrichten, unbekannte Konten...).</translation>
    </message>
    <message>
        <source>Edit → Undo does not take an import back. Undo it from the Imports page (Undo Import): that removes the batch&apos;s interactions and the people and memberships it created.</source>
        <translation>Bearbeiten → Rückgängig nimmt keinen Import zurück. Machen Sie ihn auf der Seite „Importe“ rückgängig (Import rückgängig machen): Das entfernt die Interaktionen des Stapels sowie die Personen und Mitgliedschaften, die er angelegt hat.</translation>
    </message>
    <message>
        <source>The activity is in the workspace now.</source>
        <translation>Die Aktivität ist jetzt im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>steward::ImportWizard</name>
    <message>
        <source>Import Activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Open a workspace first, then import into it.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich und importieren Sie dann in ihn.</translation>
    </message>
</context>
<context>
    <name>steward::ImportsPage</name>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>People Matched</source>
        <translation>Personen zugeordnet</translation>
    </message>
    <message>
        <source>People Created</source>
        <translation>Personen angelegt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Each import is one batch. Undoing a batch removes its interactions and the people and observer memberships it created. Drop an export file here to import it.</source>
        <translation>Jeder Import ist ein Stapel. Wird ein Stapel rückgängig gemacht, verschwinden seine Interaktionen sowie die Personen und Beobachter-Mitgliedschaften, die er angelegt hat. Ziehen Sie eine Exportdatei hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo import batch %1? Its interactions are removed, and the people and observer memberships it created unless they have been used since. This cannot be redone.</source>
        <translation>Importstapel %1 rückgängig machen? Seine Interaktionen werden entfernt, ebenso die Personen und Beobachter-Mitgliedschaften, die er angelegt hat, sofern sie seitdem nicht verwendet wurden. Das lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 interactions, %3 people and %4 memberships removed.</source>
        <translation>Stapel %1 rückgängig gemacht: %2 Interaktionen, %3 Personen und %4 Mitgliedschaften entfernt.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Perhaps the Same as</source>
        <translation>Vielleicht dieselbe Person wie</translation>
    </message>
    <message>
        <source>Unmatched people: created by an import because they matched nobody. Merge one into the person they really are, or keep them as someone new.</source>
        <translation>Nicht zugeordnete Personen: von einem Import angelegt, weil sie niemandem entsprachen. Führen Sie eine mit der Person zusammen, die sie wirklich ist, oder behalten Sie sie als neue Person.</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Keep as New Person</source>
        <translation>Als neue Person &amp;behalten</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <source>Keep as New Person</source>
        <translation>Als neue Person behalten</translation>
    </message>
    <message>
        <source>%1 is kept as a new person.</source>
        <translation>%1 wird als neue Person behalten.</translation>
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
    <message>
        <source>Masterminds</source>
        <translation>Masterminds</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Repertoire</source>
        <translation>Repertoire</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Beteiligungspfad</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import activity from a Slack, Discord, Teams, GitHub or survey file</source>
        <translation>Aktivität aus einer Slack-, Discord-, Teams-, GitHub- oder Umfragedatei importieren</translation>
    </message>
</context>
<context>
    <name>steward::MastermindDialog</name>
    <message>
        <source>Edit Mastermind Group</source>
        <translation>Mastermind-Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>Add Mastermind Group</source>
        <translation>Mastermind-Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>e.g. every other Tuesday, 60 minutes</source>
        <translation>z. B. jeden zweiten Dienstag, 60 Minuten</translation>
    </message>
    <message>
        <source>Confidential: notes stay in the app</source>
        <translation>Vertraulich: Notizen bleiben in der App</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>steward::MastermindsPage</name>
    <message>
        <source>Add &amp;Group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Gruppe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Hot seats</source>
        <translation>Hot Seats</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>confidential: notes stay in the app</source>
        <translation>vertraulich: Notizen bleiben in der App</translation>
    </message>
    <message>
        <source>not confidential</source>
        <translation>nicht vertraulich</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Ground rules: %1</source>
        <translation>Grundregeln: %1</translation>
    </message>
    <message>
        <source>No mastermind group here yet: add one with Add Group.</source>
        <translation>Hier gibt es noch keine Mastermind-Gruppe: legen Sie eine mit „Gruppe hinzufügen“ an.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Removes the group with its hot seats, goals and check-ins (Edit → Undo brings them back).</source>
        <translation>Entfernt die Gruppe mit ihren Hot Seats, Zielen und Check-ins (Bearbeiten → Rückgängig holt sie zurück).</translation>
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
    <name>steward::MergePeopleDialog</name>
    <message>
        <source>Merge %1 Into…</source>
        <translation>%1 zusammenführen mit…</translation>
    </message>
    <message>
        <source>Merge &lt;b&gt;%1&lt;/b&gt; into the person they really are. Their interactions, memberships, attendance and ids move to that person; then %1 is deleted. Edit → Undo takes it back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit der Person zusammenführen, die sie wirklich ist. Interaktionen, Mitgliedschaften, Teilnahmen und IDs gehen auf diese Person über; dann wird %1 gelöscht. Bearbeiten → Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Search by name, email or team</source>
        <translation>Nach Name, E-Mail oder Team suchen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Likely matches</source>
        <translation>Wahrscheinliche Treffer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>Paarungen</translation>
    </message>
    <message>
        <source>session roles</source>
        <translation>Sitzungsrollen</translation>
    </message>
    <message>
        <source>mastermind groups</source>
        <translation>Mastermind-Gruppen</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>artefacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>rotation turns</source>
        <translation>Rotationsdienste</translation>
    </message>
    <message>
        <source>Choose the person %1 really is.</source>
        <translation>Wählen Sie die Person, die %1 wirklich ist.</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Geht über auf %1: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Taken over: %1.</source>
        <translation>Übernommen: %1.</translation>
    </message>
    <message>
        <source>Both have a different %1.</source>
        <translation>Beide haben eine verschiedene %1.</translation>
    </message>
    <message>
        <source>Keep %1&apos;s own ids and drop %2&apos;s</source>
        <translation>Die eigenen IDs von %1 behalten und die von %2 verwerfen</translation>
    </message>
</context>
<context>
    <name>steward::NetworkFilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Tie weight ≥ </source>
        <translation>Verbindungsgewicht ≥ </translation>
    </message>
    <message>
        <source>Leave out ties lighter than this (the summed weight of two people&apos;s interactions in the window).</source>
        <translation>Verbindungen weglassen, die leichter sind (das summierte Gewicht der Interaktionen zweier Personen im Zeitraum).</translation>
    </message>
    <message>
        <source>Hide isolates</source>
        <translation>Isolierte ausblenden</translation>
    </message>
    <message>
        <source>k-core ≥ </source>
        <translation>k-Kern ≥ </translation>
    </message>
    <message>
        <source>Show only people in the k-core of at least this k: each of them has at least k ties to others shown.</source>
        <translation>Nur Personen im k-Kern mit mindestens diesem k zeigen: Jede von ihnen hat mindestens k Verbindungen zu anderen angezeigten Personen.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step through the months, one a second</source>
        <translation>Die Monate durchgehen, einen pro Sekunde</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
    </message>
</context>
<context>
    <name>steward::NetworkLoadTask</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>steward::NetworkMetricsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
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
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Harmonic</source>
        <translation>Harmonisch</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>Core number</source>
        <translation>Kernzahl</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Eigenvektor</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effektive Größe</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Articulation point</source>
        <translation>Artikulationspunkt</translation>
    </message>
</context>
<context>
    <name>steward::NetworkPage</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Hervorhebungen</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Vorher / nachher</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Eigenvektor</translation>
    </message>
    <message>
        <source>Core number</source>
        <translation>Kernzahl</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Participation level</source>
        <translation>Beteiligungsstufe</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Person suchen …</translation>
    </message>
    <message>
        <source>Focus on selected</source>
        <translation>Auf Auswahl fokussieren</translation>
    </message>
    <message>
        <source>Show the selected person and the people within the given number of steps; dim the rest.</source>
        <translation>Zeigt die ausgewählte Person und alle Personen innerhalb der angegebenen Schrittzahl; der Rest wird abgeblendet.</translation>
    </message>
    <message>
        <source>Steps: </source>
        <translation>Schritte: </translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Path metrics treat heavier ties as shorter (distance = 1 / weight).</source>
        <translation>Pfadmetriken behandeln stärkere Verbindungen als kürzer (Abstand = 1 / Gewicht).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Lay the network out again; people you dragged stay where you put them.</source>
        <translation>Das Netzwerk neu anordnen; verschobene Personen bleiben, wo Sie sie hingesetzt haben.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Bild (PNG) …</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Zeichnung (SVG) …</translation>
    </message>
    <message>
        <source>Metrics table (CSV)…</source>
        <translation>Metriktabelle (CSV) …</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Größe nach</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Farbe nach</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Loading the network…</source>
        <translation>Netzwerk wird geladen …</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <source>%1 people, %2 ties, density %3; layout %4.</source>
        <translation>%1 Personen, %2 Verbindungen, Dichte %3; Anordnung %4.</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>aus dem Zwischenspeicher</translation>
    </message>
    <message>
        <source>computed now</source>
        <translation>neu berechnet</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Nobody called “%1” is shown.</source>
        <translation>Niemand namens „%1“ wird angezeigt.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>steward::NetworkView</name>
    <message>
        <source>Network view</source>
        <translation>Netzwerkansicht</translation>
    </message>
</context>
<context>
    <name>steward::PathwayPage</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Joiners</source>
        <translation>Neuzugänge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Funnel and time at each level</source>
        <translation>Trichter und Zeit auf jeder Stufe</translation>
    </message>
    <message>
        <source>Newcomers by quarter joined</source>
        <translation>Neuzugänge nach Beitrittsquartal</translation>
    </message>
    <message>
        <source>Stuck at a level</source>
        <translation>Auf einer Stufe festgefahren</translation>
    </message>
    <message>
        <source>Proposed level changes</source>
        <translation>Vorgeschlagene Stufenwechsel</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Beteiligungspfad</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Criteria and Settings</source>
        <translation>Kriterien und Einstellungen</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Median days
at level</source>
        <translation>Median Tage
auf der Stufe</translation>
    </message>
    <message>
        <source>Middle half
(days)</source>
        <translation>Mittlere Hälfte
(Tage)</translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation>Beigetragen</translation>
    </message>
    <message>
        <source>Median days to
first contribution</source>
        <translation>Median Tage bis
zum ersten Beitrag</translation>
    </message>
    <message>
        <source>Reached
active</source>
        <translation>Aktiv
erreicht</translation>
    </message>
    <message>
        <source>Median days
to active</source>
        <translation>Median Tage
bis aktiv</translation>
    </message>
    <message>
        <source>Look for Proposals</source>
        <translation>Nach Vorschlägen suchen</translation>
    </message>
    <message>
        <source>Checks everyone&apos;s activity today: promotions at once, moves down only on a periodic review day, and badges. Nothing is applied without you.</source>
        <translation>Prüft heute die Aktivität aller: Aufstiege sofort, Abstufungen nur am Tag der regelmäßigen Überprüfung, und Abzeichen. Ohne Sie wird nichts angewendet.</translation>
    </message>
    <message>
        <source>The reason recorded with the change</source>
        <translation>Die mit dem Wechsel festgehaltene Begründung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>Periodic review %1, the next on %2; stuck after %3 days at a level. Staff are left out of these figures.</source>
        <translation>Regelmäßige Überprüfung %1, die nächste am %2; festgefahren nach %3 Tagen auf einer Stufe. Personal ist in diesen Zahlen nicht enthalten.</translation>
    </message>
    <message>
        <source>Give the reason recorded with the change.</source>
        <translation>Die Begründung angeben, die mit dem Wechsel festgehalten wird.</translation>
    </message>
    <message>
        <source>Apply: %1 to %2</source>
        <translation>Anwenden: %1 auf %2</translation>
    </message>
    <message>
        <source>Decline the proposal for %1</source>
        <translation>Den Vorschlag für %1 ablehnen</translation>
    </message>
    <message>
        <source>Found %1 level change(s) and %2 badge(s) to decide on.</source>
        <translation>%1 Stufenwechsel und %2 Abzeichen zur Entscheidung gefunden.</translation>
    </message>
</context>
<context>
    <name>steward::PathwaySettingsPanel</name>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Tick the people who run the community: they are left out of the pathway figures and never proposed for a level change.</source>
        <translation>Die Personen ankreuzen, die die Community betreiben: Sie fehlen in den Zahlen des Beteiligungspfads und werden nie für einen Stufenwechsel vorgeschlagen.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>To reach</source>
        <translation>Um zu erreichen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save Criteria</source>
        <translation>Kriterien speichern</translation>
    </message>
    <message>
        <source>A member is proposed for a level when they did every activity of that level (and of the levels below) at least so often. A level without criteria is the steward&apos;s call alone.</source>
        <translation>Ein Mitglied wird für eine Stufe vorgeschlagen, wenn es jede Aktivität dieser Stufe (und der Stufen darunter) mindestens so oft getan hat. Eine Stufe ohne Kriterien entscheidet allein der Steward.</translation>
    </message>
    <message>
        <source>Pathway criteria</source>
        <translation>Kriterien des Beteiligungspfads</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Show a leaderboard of contributions</source>
        <translation>Eine Bestenliste der Beiträge zeigen</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Periodic review:</source>
        <translation>Regelmäßige Überprüfung:</translation>
    </message>
    <message>
        <source>Stuck after:</source>
        <translation>Festgefahren nach:</translation>
    </message>
    <message>
        <source>Move down after no activity for:</source>
        <translation>Abstufen nach Inaktivität von:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved; Undo takes it back.</source>
        <translation>Gespeichert; Rückgängig nimmt es zurück.</translation>
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
    <message>
        <source>people</source>
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
    <message>
        <source>Unmatched: created by an import because they matched nobody. Merge them or keep them as someone new on the Imports page.</source>
        <translation>Nicht zugeordnet: von einem Import angelegt, weil die Person niemandem entsprach. Auf der Seite Importe zusammenführen oder als neue Person behalten.</translation>
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
    <name>steward::PersonPanel</name>
    <message>
        <source>&lt;p&gt;Click a person in the network or the table to see their ties, metrics and level history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf eine Person im Netzwerk oder in der Tabelle, um ihre Verbindungen, Metriken und Stufenhistorie zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Abteilung %1</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Ties (in / out)</source>
        <translation>Verbindungen (ein / aus)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Betweenness (normalised)</source>
        <translation>Betweenness (normiert)</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>0 (fewer than two ties)</source>
        <translation>0 (weniger als zwei Verbindungen)</translation>
    </message>
    <message>
        <source>Core number</source>
        <translation>Kernzahl</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Eigenvektor</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effektive Größe</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Articulation point</source>
        <translation>Artikulationspunkt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>Ties (%n)</source>
        <translation>
            <numerusform>Verbindungen (%n)</numerusform>
            <numerusform>Verbindungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No tie in this window.</source>
        <translation>Keine Verbindung in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>weight %1, %n interaction(s)</source>
        <translation>
            <numerusform>Gewicht %1, %n Interaktion</numerusform>
            <numerusform>Gewicht %1, %n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>Stufenhistorie</translation>
    </message>
    <message>
        <source>Not a member of this community.</source>
        <translation>Kein Mitglied dieser Community.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>steward::RecognitionDialog</name>
    <message>
        <source>Award Badge</source>
        <translation>Abzeichen verleihen</translation>
    </message>
    <message>
        <source>Give Shout-out</source>
        <translation>Lob aussprechen</translation>
    </message>
    <message>
        <source>What did they do, and why does it matter to the community?</source>
        <translation>Was hat die Person getan, und warum ist es für die Community wichtig?</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>A&amp;bzeichen:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriterien:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Verleihen</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Aussprechen</translation>
    </message>
    <message>
        <source>Choose a badge.</source>
        <translation>Ein Abzeichen wählen.</translation>
    </message>
    <message>
        <source>Choose who gives and who receives.</source>
        <translation>Wählen, wer gibt und wer erhält.</translation>
    </message>
</context>
<context>
    <name>steward::RecognitionPanel</name>
    <message>
        <source>Give Shout-out…</source>
        <translation>Lob aussprechen…</translation>
    </message>
    <message>
        <source>Award Badge…</source>
        <translation>Abzeichen verleihen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Shout-outs and badges given</source>
        <translation>Ausgesprochenes Lob und verliehene Abzeichen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Weil</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Verliehen von:</translation>
    </message>
    <message>
        <source>Badges proposed from activity</source>
        <translation>Aus Aktivität vorgeschlagene Abzeichen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Sessions
facilitated</source>
        <translation>Sitzungen
moderiert</translation>
    </message>
    <message>
        <source>Micro-
teaches</source>
        <translation>Micro-
Teaches</translation>
    </message>
    <message>
        <source>Hot seats</source>
        <translation>Hot Seats</translation>
    </message>
    <message>
        <source>Artefacts
written</source>
        <translation>Artefakte
geschrieben</translation>
    </message>
    <message>
        <source>Reviews
done</source>
        <translation>Reviews
erledigt</translation>
    </message>
    <message>
        <source>Answers
given</source>
        <translation>Antworten
gegeben</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Shout-out</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Choose who confirms the badge (a core member or steward).</source>
        <translation>Wählen, wer das Abzeichen bestätigt (ein Kernmitglied oder Steward).</translation>
    </message>
</context>
<context>
    <name>steward::RepertoirePage</name>
    <message>
        <source>Search titles, text and tags</source>
        <translation>Titel, Text und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>New Artefact…</source>
        <translation>Neues Artefakt…</translation>
    </message>
    <message>
        <source>From Session…</source>
        <translation>Aus Sitzung…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add an artefact to the community&apos;s repertoire (%1)</source>
        <translation>Ein Artefakt zum Repertoire der Community hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Turn a session&apos;s captured learnings into a draft artefact, linked to it</source>
        <translation>Die festgehaltenen Erkenntnisse einer Sitzung in einen verknüpften Artefakt-Entwurf verwandeln</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Beliebige Autorin/beliebiger Autor</translation>
    </message>
</context>
<context>
    <name>steward::ReportsPage</name>
    <message>
        <source>Community health report</source>
        <translation>Gesundheitsbericht der Community</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>Netzwerkbericht</translation>
    </message>
    <message>
        <source>Mastermind summary</source>
        <translation>Mastermind-Zusammenfassung</translation>
    </message>
    <message>
        <source>Hot-seat rotation</source>
        <translation>Hot-Seat-Rotation</translation>
    </message>
    <message>
        <source>Micro-teach schedule</source>
        <translation>Micro-Teach-Plan</translation>
    </message>
    <message>
        <source>On-call rotation</source>
        <translation>Rufbereitschaft</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Pseudonymise people</source>
        <translation>Personen pseudonymisieren</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>Vertrauliche Notizen aufnehmen</translation>
    </message>
    <message>
        <source>For this one export only; mastermind check-ins&apos; confidential notes.</source>
        <translation>Nur für diesen einen Export; vertrauliche Notizen der Mastermind-Check-ins.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Smallest group shown</source>
        <translation>Kleinste gezeigte Gruppe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>PDF exportieren...</translation>
    </message>
    <message>
        <source>Export HTML...</source>
        <translation>HTML exportieren...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Building the report...</source>
        <translation>Bericht wird erstellt...</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Preview the report first.</source>
        <translation>Zuerst die Vorschau des Berichts erstellen.</translation>
    </message>
</context>
<context>
    <name>steward::ReviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Reviewing version %1 of &apos;%2&apos;</source>
        <translation>Begutachtet wird Version %1 von „%2“</translation>
    </message>
    <message>
        <source>The review in a few sentences</source>
        <translation>Das Review in wenigen Sätzen</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Reviewer:in</translation>
    </message>
    <message>
        <source>New Template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <source>A feedback template of this community, starting from a copy of the chosen one</source>
        <translation>Eine Feedback-Vorlage dieser Community, ausgehend von einer Kopie der gewählten</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Overall &amp;verdict</source>
        <translation>Gesamt&amp;urteil</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Review hinzufügen</translation>
    </message>
    <message>
        <source>No template (overall verdict only)</source>
        <translation>Keine Vorlage (nur Gesamturteil)</translation>
    </message>
    <message>
        <source>Your comment on %1</source>
        <translation>Ihr Kommentar zu %1</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Choose who reviews the artefact.</source>
        <translation>Wählen Sie, wer das Artefakt begutachtet.</translation>
    </message>
</context>
<context>
    <name>steward::ReviewTemplateDialog</name>
    <message>
        <source>New Feedback Template</source>
        <translation>Neue Feedback-Vorlage</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Prompt for the reviewer</source>
        <translation>Frage an die Reviewer:in</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Vorlage hinzufügen</translation>
    </message>
</context>
<context>
    <name>steward::RotationEditor</name>
    <message>
        <source>Drag a person onto another to swap their turns.</source>
        <translation>Ziehen Sie eine Person auf eine andere, um ihre Termine zu tauschen.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <source>Plans the meetings from the first day on. Held turns and seats pinned by hand stay.</source>
        <translation>Plant die Treffen ab dem ersten Tag neu. Bereits gehaltene Termine und von Hand festgelegte Plätze bleiben.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Days per shift</source>
        <translation>Tage pro Schicht</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>Alle (Wochen)</translation>
    </message>
    <message>
        <source>People per shift</source>
        <translation>Personen pro Schicht</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>Pro Treffen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>How fast the expert on call should answer in the channel.</source>
        <translation>Wie schnell die Expertin oder der Experte in Bereitschaft im Kanal antworten soll.</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Antwortzeit-Ziel</translation>
    </message>
    <message>
        <source>&amp;Mark Turn</source>
        <translation>Termin &amp;markieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>Vertrauliche Notizen aufnehmen</translation>
    </message>
    <message>
        <source>For the next print or export only; confidential notes stay in the app otherwise.</source>
        <translation>Nur für den nächsten Druck oder Export; sonst bleiben vertrauliche Notizen in der App.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>Als iCalendar exportieren…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Als iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>No rotation yet: choose the first day and the number of meetings, then generate.</source>
        <translation>Noch keine Rotation: Wählen Sie den ersten Tag und die Zahl der Treffen und planen Sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s).</source>
        <translation>
            <numerusform>%n Treffen.</numerusform>
            <numerusform>%n Treffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be kept, first: %1</source>
        <translation>
            <numerusform>%n Regel konnte nicht eingehalten werden: %1</numerusform>
            <numerusform>%n Regeln konnten nicht eingehalten werden, zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Regenerate %1</source>
        <translation>%1 neu planen</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>%1 planen</translation>
    </message>
    <message>
        <source>Swap turns</source>
        <translation>Termine tauschen</translation>
    </message>
    <message>
        <source>Mark turn %1</source>
        <translation>Termin als %1 markieren</translation>
    </message>
    <message>
        <source>Hot seats: %1</source>
        <translation>Hot Seats: %1</translation>
    </message>
    <message>
        <source>Micro-teach: %1</source>
        <translation>Micro-Teach: %1</translation>
    </message>
    <message>
        <source>On call: %1</source>
        <translation>Bereitschaft: %1</translation>
    </message>
    <message numerus="yes">
        <source>Response-time target: %n minute(s)</source>
        <translation>
            <numerusform>Antwortzeit-Ziel: %n Minute</numerusform>
            <numerusform>Antwortzeit-Ziel: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no rotation to export.</source>
        <translation>Es gibt keine Rotation zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not print.</source>
        <translation>Drucken nicht möglich.</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Handover at</source>
        <translation>Übergabe um</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginn um</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, …</source>
        <translation>JJJJ-MM-TT, …</translation>
    </message>
    <message>
        <source>Holidays: days of the pattern without a meeting, comma-separated. They do not count towards the number of meetings.</source>
        <translation>Feiertage: Tage des Rhythmus ohne Treffen, durch Kommas getrennt. Sie zählen nicht zur Anzahl der Treffen.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>When the meetings start, for calendar exports. Auto: the time of the community&apos;s recurring meeting that day, else 09:00.</source>
        <translation>Wann die Treffen beginnen, für Kalenderexporte. Auto: die Zeit des regelmäßigen Treffens der Community an dem Tag, sonst 09:00.</translation>
    </message>
    <message>
        <source>How long a meeting lasts, for calendar exports. Auto: the length of the community&apos;s recurring meeting that day, else a default.</source>
        <translation>Wie lange ein Treffen dauert, für Kalenderexporte. Auto: die Dauer des regelmäßigen Treffens der Community an dem Tag, sonst ein Standardwert.</translation>
    </message>
    <message>
        <source>Skip: &apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>Auslassen: „%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>Getauscht</translation>
    </message>
    <message>
        <source>&amp;Edit Slot…</source>
        <translation>Slot &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>The slot&apos;s topic (from the backlog or typed), link to the slides or notes, and status.</source>
        <translation>Thema des Slots (aus dem Backlog oder eingegeben), Link zu Folien oder Notizen und Status.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Edit slot on %1</source>
        <translation>Slot am %1 bearbeiten</translation>
    </message>
    <message>
        <source>Meetings of %1 at %2</source>
        <translation>Treffen von %1 um %2</translation>
    </message>
    <message>
        <source>Meetings of %1 at the meeting&apos;s time</source>
        <translation>Treffen von %1 zur Zeit des Treffens</translation>
    </message>
</context>
<context>
    <name>steward::RotationTableModel</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>swapped</source>
        <translation>getauscht</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, pinned by hand</source>
        <translation>%1, von Hand festgelegt</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Held: regenerating keeps this meeting as it is.</source>
        <translation>Bereits gehalten: Neu planen lässt dieses Treffen, wie es ist.</translation>
    </message>
    <message>
        <source>Shift from</source>
        <translation>Schicht ab</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>On call %1</source>
        <translation>Bereitschaft %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>Hot seat</source>
        <translation>Hot Seat</translation>
    </message>
    <message>
        <source>Hot seat %1</source>
        <translation>Hot Seat %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>steward::SchedulesPage</name>
    <message>
        <source>Micro-teach</source>
        <translation>Micro-Teach</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Topic backlog</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Choose a community in the toolbar to see its schedules.</source>
        <translation>Wählen Sie in der Werkzeugleiste eine Community, um ihre Pläne zu sehen.</translation>
    </message>
    <message>
        <source>Schedules of %1</source>
        <translation>Pläne von %1</translation>
    </message>
</context>
<context>
    <name>steward::SessionAgendaView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(verschoben)</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Demnächst (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Vergangen (%1)</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sitzungen</translation>
    </message>
</context>
<context>
    <name>steward::SessionAttendanceView</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Attendance of %1 on %2</source>
        <translation>Anwesenheit bei %1 am %2</translation>
    </message>
</context>
<context>
    <name>steward::SessionEditor</name>
    <message>
        <source>Edit Session</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Agenda and Notes</source>
        <translation>Agenda und Notizen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>Confidential: notes and learnings stay in the app</source>
        <translation>Vertraulich: Notizen und Erkenntnisse bleiben in der App</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>F&amp;acilitator:</source>
        <translation>M&amp;oderation:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Presenters, note-takers, observers and co-leads of this session:</source>
        <translation>Vortragende, Protokollführende, Beobachtende und Co-Leitung dieses Treffens:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Alle N Wochen</translation>
    </message>
    <message>
        <source>Monthly on the n-th weekday</source>
        <translation>Monatlich am n-ten Wochentag</translation>
    </message>
    <message>
        <source>as on the first date</source>
        <translation>wie beim ersten Termin</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>After a number of sessions:</source>
        <translation>Nach einer Anzahl Treffen:</translation>
    </message>
    <message>
        <source>On or before this day:</source>
        <translation>An oder vor diesem Tag:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;Weekday of the month:</source>
        <translation>Wochentag &amp;im Monat:</translation>
    </message>
    <message>
        <source>Single occurrences are moved or cancelled from the Sessions page.</source>
        <translation>Einzelne Termine werden auf der Seite Treffen verschoben oder abgesagt.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>&amp;Add Phase</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Format&apos;s Plan</source>
        <translation>Plan des &amp;Formats</translation>
    </message>
    <message>
        <source>Replace the phases by the format&apos;s plan, fitted to the session&apos;s length</source>
        <translation>Die Phasen durch den Plan des Formats ersetzen, angepasst an die Dauer des Treffens</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Lea&amp;rnings:</source>
        <translation>E&amp;rkenntnisse:</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source>Every phase needs a name and at least one minute.</source>
        <translation>Jede Phase braucht einen Namen und mindestens eine Minute.</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Treffen %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::SessionOccurrenceDialog</name>
    <message>
        <source>Move or Cancel One Occurrence</source>
        <translation>Einen Termin verschieben oder absagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2</source>
        <translation>„%1“ am %2</translation>
    </message>
    <message>
        <source>&amp;Move it to:</source>
        <translation>&amp;Verschieben auf:</translation>
    </message>
    <message>
        <source>&amp;Cancel it (the rest of the series stays)</source>
        <translation>&amp;Absagen (der Rest der Serie bleibt)</translation>
    </message>
    <message>
        <source>&amp;Put it back where the series has it</source>
        <translation>&amp;Zurück auf den Termin der Serie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Cancel %1 on %2</source>
        <translation>%1 am %2 absagen</translation>
    </message>
    <message>
        <source>Move %1 on %2</source>
        <translation>%1 am %2 verschieben</translation>
    </message>
</context>
<context>
    <name>steward::SessionPairingView</name>
    <message>
        <source>Rounds: </source>
        <translation>Runden: </translation>
    </message>
    <message>
        <source>Group size: </source>
        <translation>Gruppengröße: </translation>
    </message>
    <message>
        <source>Mix teams</source>
        <translation>Teams mischen</translation>
    </message>
    <message>
        <source>Seed: </source>
        <translation>Startwert: </translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>S&amp;wap Two</source>
        <translation>Zwei &amp;tauschen</translation>
    </message>
    <message>
        <source>Select two people of the same round, then swap their places</source>
        <translation>Zwei Personen derselben Runde auswählen, dann ihre Plätze tauschen</translation>
    </message>
    <message>
        <source>Round, group and people</source>
        <translation>Runde, Gruppe und Personen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>&amp;Do Not Pair…</source>
        <translation>&amp;Nicht zusammen …</translation>
    </message>
    <message>
        <source>People the planner keeps apart in this community (private)</source>
        <translation>Personen, die die Planung in dieser Community auseinanderhält (privat)</translation>
    </message>
    <message>
        <source>No pairs yet: Generate plans them for those who attended (or every member when nobody is ticked).</source>
        <translation>Noch keine Paare: Erzeugen plant sie für die Anwesenden (oder für alle Mitglieder, wenn niemand erfasst ist).</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s). Untick a group or a person who did not meet after all.</source>
        <translation>
            <numerusform>%n Runde. Entfernen Sie den Haken bei einer Gruppe oder Person, die sich doch nicht getroffen hat.</numerusform>
            <numerusform>%n Runden. Entfernen Sie den Haken bei einer Gruppe oder Person, die sich doch nicht getroffen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Generate pairs</source>
        <translation>Paare erzeugen</translation>
    </message>
    <message>
        <source>%1 repeat(s) within these rounds, %2 with earlier sessions.</source>
        <translation>%1 Wiederholung(en) innerhalb dieser Runden, %2 mit früheren Treffen.</translation>
    </message>
    <message>
        <source>Select exactly two people of the same round to swap them.</source>
        <translation>Wählen Sie genau zwei Personen derselben Runde, um sie zu tauschen.</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>%1 und %2 tauschen</translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation>Als getroffen markieren</translation>
    </message>
    <message>
        <source>Mark as not met</source>
        <translation>Als nicht getroffen markieren</translation>
    </message>
</context>
<context>
    <name>steward::SessionRolesView</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>swapped</source>
        <translation>getauscht</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Seed: </source>
        <translation>Startwert: </translation>
    </message>
    <message>
        <source>Breaks ties between people the rules rank equal; the same seed gives the same plan</source>
        <translation>Entscheidet zwischen Personen, die die Regeln gleich einstufen; derselbe Startwert ergibt denselben Plan</translation>
    </message>
    <message>
        <source>All &amp;members</source>
        <translation>Alle &amp;Mitglieder</translation>
    </message>
    <message>
        <source>Rotate among every member, not only those at level active and above</source>
        <translation>Unter allen Mitgliedern wechseln, nicht nur unter denen ab Stufe aktiv</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Rotate facilitator and note-taker through every occurrence from today on; turns already held and seats given by hand stay</source>
        <translation>Moderation und Protokoll ab heute über alle Termine verteilen; schon übernommene Einsätze und von Hand vergebene Plätze bleiben</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Select two cells (Ctrl+click), or drag one person onto another</source>
        <translation>Zwei Zellen wählen (Strg+Klick) oder eine Person auf eine andere ziehen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Aus&amp;lassen</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Als e&amp;rledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Protokollant</translation>
    </message>
    <message>
        <source>Facilitator and note-taker of each occurrence</source>
        <translation>Moderation und Protokoll jedes Termins</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (verschoben)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose a recurring session to rotate its facilitator and note-taker.</source>
        <translation>Wählen Sie eine wiederkehrende Sitzung, um Moderation und Protokoll reihum zu verteilen.</translation>
    </message>
    <message>
        <source>Roles rotate through recurring sessions only; this one takes place once.</source>
        <translation>Rollen wechseln nur in wiederkehrenden Sitzungen; diese findet einmal statt.</translation>
    </message>
    <message>
        <source>No roles yet: Generate gives every occurrence from today on a facilitator and a note-taker, in turn.</source>
        <translation>Noch keine Rollen: „Erzeugen“ gibt jedem Termin ab heute reihum eine Moderation und ein Protokoll.</translation>
    </message>
    <message>
        <source>Every rule holds: turns are even, nobody twice in a row when avoidable, nobody on a day away, never one person in both roles.</source>
        <translation>Alle Regeln sind eingehalten: gleich viele Einsätze, niemand zweimal hintereinander, wenn vermeidbar, niemand an einem abwesenden Tag, nie eine Person in beiden Rollen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules not kept:</source>
        <translation>Nicht eingehaltene Regeln:</translation>
    </message>
    <message>
        <source>Select exactly two cells to swap.</source>
        <translation>Wählen Sie genau zwei Zellen zum Tauschen.</translation>
    </message>
    <message>
        <source>Select one cell.</source>
        <translation>Wählen Sie eine Zelle.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Who facilitates on %1?</source>
        <translation>Wer moderiert am %1?</translation>
    </message>
    <message>
        <source>Who takes notes on %1?</source>
        <translation>Wer führt am %1 Protokoll?</translation>
    </message>
</context>
<context>
    <name>steward::SessionsPage</name>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the same weekday</source>
        <translation>
            <numerusform>Jeden Monat am selben Wochentag</numerusform>
            <numerusform>Alle %n Monate am selben Wochentag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Jede Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n Mal</numerusform>
            <numerusform>, %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>M&amp;onat</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neues Treffen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Move or &amp;Cancel…</source>
        <translation>Verschieben oder a&amp;bsagen …</translation>
    </message>
    <message>
        <source>Move or cancel this one occurrence of the series</source>
        <translation>Diesen einen Termin der Serie verschieben oder absagen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Facilitate</source>
        <translation>&amp;Moderieren</translation>
    </message>
    <message>
        <source>Run this meeting full screen: phases, countdown, pairs, notes, attendance</source>
        <translation>Dieses Treffen im Vollbild leiten: Phasen, Countdown, Paare, Notizen, Anwesenheit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Paarungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose a community in the toolbar.</source>
        <translation>Wählen Sie eine Community in der Werkzeugleiste.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a session in the agenda or the month.</source>
        <translation>Wählen Sie ein Treffen in der Agenda oder im Monat.</translation>
    </message>
    <message>
        <source>Repeats: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>Confidential: notes and learnings stay in the app</source>
        <translation>Vertraulich: Notizen und Erkenntnisse bleiben in der App</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Delete the whole series &quot;%1&quot; with its attendance and pairs?</source>
        <translation>Die ganze Serie „%1“ mit ihrer Anwesenheit und ihren Paaren löschen?</translation>
    </message>
    <message>
        <source>Delete the session &quot;%1&quot; with its attendance and pairs?</source>
        <translation>Das Treffen „%1“ mit seiner Anwesenheit und seinen Paaren löschen?</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Facilitator (rotating): %1</source>
        <translation>Moderation (reihum): %1</translation>
    </message>
    <message>
        <source>Note-taker (rotating): %1</source>
        <translation>Protokoll (reihum): %1</translation>
    </message>
</context>
<context>
    <name>steward::SlotDialog</name>
    <message>
        <source>Micro-teach Slot, %1</source>
        <translation>Micro-Teach-Slot, %1</translation>
    </message>
    <message>
        <source>Link to the slides, recording or notes</source>
        <translation>Link zu Folien, Aufzeichnung oder Notizen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>Getauscht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>steward::TopicBacklogView</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Proposed presenter</source>
        <translation>Vorgeschlagene Vortragende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Add &amp;Topic…</source>
        <translation>&amp;Thema hinzufügen…</translation>
    </message>
    <message>
        <source>Topic S&amp;tatus</source>
        <translation>Themen-S&amp;tatus</translation>
    </message>
    <message>
        <source>Remove Topic</source>
        <translation>Thema entfernen</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>Link to slides, a recording or notes</source>
        <translation>Link zu Folien, einer Aufzeichnung oder Notizen</translation>
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
    <name>steward::WorkerStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
