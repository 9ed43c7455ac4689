<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCommunityCommand</name>
    <message>
        <source>Add community %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the integrity of the database and show its schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded; the old file was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check found problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no database given: use --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityAddCommand</name>
    <message>
        <source>Add a community of practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its domain, e.g. &quot;site reliability&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its digital channel, e.g. #sre-guild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cadence of rituals, e.g. &quot;fortnightly&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community add needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added community %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityListCommand</name>
    <message>
        <source>List the communities, as a table, JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the sample database: about 120 people in three communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the sample (same seed, same sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the sample in %1: %2 people, %3 communities, %4 memberships.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommunityCommand</name>
    <message>
        <source>Edit community %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty Steward database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberSetCommand</name>
    <message>
        <source>Put a person at a participation level in a community; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, by email or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it changed (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member set needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level %1: use observer, peripheral, active, core or steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date %1 is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no community is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 -&gt; %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationLevel</name>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImportCommand</name>
    <message>
        <source>Import people from a CSV file (all rows or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people import needs exactly one FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: note: ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListCommand</name>
    <message>
        <source>List everyone, as a table, JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetLevelCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tools for stewards of communities of practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh sample community in a temporary file (deleted on exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward</name>
    <message>
        <source>The Steward database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined after a demo day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to an ask-me-anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New starter, pointed here in onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented a case in the case round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took notes three sessions running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-led the runbook rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers questions in the channel weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran a micro-teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed two playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start_date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer PRAGMA %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CommandLine</name>
    <message>
        <source>Usage: steward-cli --db FILE COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;steward-cli COMMAND --help&apos; for a command&apos;s options. Exit status: 0 success, 2 usage error, 1 other error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run steward-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a database: --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CommunitiesPage</name>
    <message>
        <source>Add &amp;Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new community of practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a member to see their level history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CommunityForm</name>
    <message>
        <source>What the community cares about and learns together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it talks, for example #guild-testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often it meets, for example every second Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cade&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;orms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CommunityRepository</name>
    <message>
        <source>A community needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the community %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the community %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the community: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CsvReader</name>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::Database</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a Steward database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Steward database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Steward database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite file but not a Steward database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was saved by a newer version of Steward (schema %2; this version reads up to %3). Update Steward to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup &apos;%1&apos; before upgrading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::LevelChangeDialog</name>
    <message>
        <source>Change Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for example &quot;hosted two sessions&quot; (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>Steward workspaces (*.steward);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a fresh sample community and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the old sample &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools for stewards of communities of practice: people, communities and how participation grows from the edge to the core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::MembersTableModel</name>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::MembershipRepository</name>
    <message>
        <source>A level change needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the level change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PeopleCsvImport</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PeopleMatcher</name>
    <message>
        <source>%1 people are named &apos;%2&apos;; add their email to tell them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PeoplePage</name>
    <message>
        <source>Filter by name, email, team, department, title, location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Their memberships and level history are deleted with them. You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lack ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;ord ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GitHub login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;ms ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PersonRepository</name>
    <message>
        <source>No person is named or has the email &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are named &apos;%2&apos;; use their email instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the email address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the person: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::RecordTable</name>
    <message>
        <source>Output format: json or csv (default: a readable table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SampleCommunity</name>
    <message>
        <source>The sample can only be written into an empty database; &apos;%1&apos; already holds people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::WelcomePage</name>
    <message>
        <source>Welcome to Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward keeps the people, communities of practice and participation levels of your organisation in one workspace file. Create one, open one, or look around in a sample community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::Workspace</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
