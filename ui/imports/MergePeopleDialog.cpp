// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergePeopleDialog.h"

#include "import/activity/PersonMatcher.h"
#include "storage/PersonMerge.h"
#include "workspace/MergePeopleCandidates.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

namespace {

constexpr int kPersonIdRole = Qt::UserRole;
constexpr int kSearchKeyRole = Qt::UserRole + 1;

QListWidgetItem* headingItem(const QString& text)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

QString describeCandidate(const Person& person)
{
    QStringList details;
    for (const QString& value : {person.email, person.team, person.slackId, person.githubLogin}) {
        if (!value.isEmpty())
            details.append(value);
    }
    return details.isEmpty() ? person.name
                             : QStringLiteral("%1 — %2").arg(person.name, details.join(QStringLiteral(", ")));
}

} // namespace

MergePeopleDialog::MergePeopleDialog(Workspace& workspace, const Person& source, qint64 suggestedId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_source(source)
{
    setObjectName(QStringLiteral("mergePeopleDialog"));
    setWindowTitle(tr("Merge %1 Into…").arg(source.name));
    auto* intro = new QLabel(tr("Merge <b>%1</b> into the person they really are. Their interactions, memberships, "
                                "attendance and ids move to that person; then %1 is deleted. Edit → Undo takes "
                                "it back.")
                                 .arg(source.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, email or team"));
    m_search->setClearButtonEnabled(true);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidatesListWidget"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_keepIds = new QCheckBox(this);
    m_keepIds->setObjectName(QStringLiteral("keepIdsCheckBox"));
    m_keepIds->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_keepIds);
    layout->addWidget(m_buttons);

    fillCandidates(suggestedId);
    connect(m_search, &QLineEdit::textChanged, this, &MergePeopleDialog::filter);
    connect(m_candidates, &QListWidget::currentItemChanged, this, &MergePeopleDialog::updatePreview);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_keepIds, &QCheckBox::toggled, this, &MergePeopleDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 560);
    updatePreview();
}

void MergePeopleDialog::fillCandidates(qint64 suggestedId)
{
    const auto people = m_workspace.people().all();
    if (!people) {
        m_preview->setText(people.errorString());
        return;
    }
    const QList<MergeCandidate> candidates = mergeCandidates(*people, m_source, suggestedId);
    m_likely = int(std::count_if(
        candidates.cbegin(), candidates.cend(), [](const MergeCandidate& c) { return c.likelihood > 0; }));
    if (m_likely > 0)
        m_candidates->addItem(headingItem(tr("Likely matches")));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i == m_likely)
            m_candidates->addItem(headingItem(tr("Everyone")));
        const Person& person = candidates.at(i).person;
        auto* item = new QListWidgetItem(describeCandidate(person));
        item->setData(kPersonIdRole, person.id);
        item->setData(kSearchKeyRole,
                      PersonMatcher::looseNameKey(QStringList{person.name, person.email, person.team}.join(u' ')));
        m_candidates->addItem(item);
    }
    if (m_likely > 0)
        m_candidates->setCurrentRow(1);
}

void MergePeopleDialog::filter(const QString& text)
{
    const QString key = PersonMatcher::looseNameKey(text);
    for (int row = 0; row < m_candidates->count(); ++row) {
        QListWidgetItem* item = m_candidates->item(row);
        const bool heading = !item->data(kPersonIdRole).isValid();
        item->setHidden(heading ? !key.isEmpty() : !item->data(kSearchKeyRole).toString().contains(key));
    }
    QListWidgetItem* current = m_candidates->currentItem();
    if (!current || current->isHidden()) {
        for (int row = 0; row < m_candidates->count(); ++row) {
            QListWidgetItem* item = m_candidates->item(row);
            if (!item->isHidden() && item->data(kPersonIdRole).isValid()) {
                m_candidates->setCurrentItem(item);
                return;
            }
        }
        m_candidates->setCurrentItem(nullptr);
    }
}

qint64 MergePeopleDialog::targetId() const
{
    const QListWidgetItem* item = m_candidates->currentItem();
    return item && !item->isHidden() ? item->data(kPersonIdRole).toLongLong() : 0;
}

bool MergePeopleDialog::keepTargetIds() const
{
    return m_keepIds->isChecked();
}

bool MergePeopleDialog::selectTarget(qint64 personId)
{
    for (int row = 0; row < m_candidates->count(); ++row) {
        if (m_candidates->item(row)->data(kPersonIdRole).toLongLong() == personId) {
            m_candidates->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MergePeopleDialog::tableLabel(const QString& table) const
{
    const QHash<QString, QString> labels{
        {QStringLiteral("interaction"), tr("interactions")},
        {QStringLiteral("membership"), tr("memberships")},
        {QStringLiteral("session_attendance"), tr("attendance")},
        {QStringLiteral("session_pairing"), tr("pairings")},
        {QStringLiteral("session_role"), tr("session roles")},
        {QStringLiteral("mastermind_member"), tr("mastermind groups")},
        {QStringLiteral("mastermind_goal"), tr("goals")},
        {QStringLiteral("artefact_author"), tr("artefacts")},
        {QStringLiteral("recognition"), tr("recognitions")},
        {QStringLiteral("review"), tr("reviews")},
        {QStringLiteral("outcome"), tr("outcomes")},
        {QStringLiteral("absence"), tr("absences")},
        {QStringLiteral("rotation_seat"), tr("rotation turns")},
    };
    return labels.value(table, QString(table).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

void MergePeopleDialog::updatePreview()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    const qint64 target = targetId();
    if (target <= 0) {
        m_preview->setText(tr("Choose the person %1 really is.").arg(m_source.name.toHtmlEscaped()));
        m_keepIds->hide();
        ok->setEnabled(false);
        return;
    }
    const auto preview = PersonMerge(m_workspace.database()).preview(m_source.id, target);
    if (!preview) {
        m_preview->setText(preview.errorString().toHtmlEscaped());
        ok->setEnabled(false);
        return;
    }
    QStringList rows;
    for (auto it = preview->rows.cbegin(); it != preview->rows.cend(); ++it) {
        if (it.key() != QStringLiteral("import_batch_person")) // the import's own bookkeeping
            rows.append(QStringLiteral("%1: %2").arg(tableLabel(it.key())).arg(it.value()));
    }
    QString text = tr("Moves to %1: %2.")
                       .arg(preview->target.name.toHtmlEscaped(),
                            rows.isEmpty() ? tr("nothing") : rows.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!preview->copiedIds.isEmpty())
        text += QStringLiteral("<br>")
                + tr("Taken over: %1.").arg(preview->copiedIds.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList conflicts;
    for (const PersonIdConflict& c : preview->conflicts)
        conflicts.append(QStringLiteral("%1 %2 / %3").arg(c.label, c.sourceValue, c.targetValue).toHtmlEscaped());
    if (!conflicts.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b3261e\">")
                + tr("Both have a different %1.").arg(conflicts.join(QStringLiteral(", "))) + QStringLiteral("</span>");
    m_preview->setText(text);
    m_keepIds->setVisible(!conflicts.isEmpty());
    m_keepIds->setText(tr("Keep %1's own ids and drop %2's").arg(preview->target.name, m_source.name));
    ok->setEnabled(conflicts.isEmpty() || m_keepIds->isChecked());
}

} // namespace steward
