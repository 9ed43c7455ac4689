// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace steward {

namespace {

QString formatTitle(ActivityFormat format)
{
    switch (format) {
    case ActivityFormat::Slack:
        return ImportFilePage::tr("Slack workspace export (.zip)");
    case ActivityFormat::Discord:
        return ImportFilePage::tr("Discord channel (DiscordChatExporter JSON)");
    case ActivityFormat::Teams:
        return ImportFilePage::tr("Microsoft Teams messages (Graph API JSON)");
    case ActivityFormat::GithubReviews:
        return ImportFilePage::tr("GitHub pull-request reviews (REST API JSON)");
    case ActivityFormat::Survey:
        return ImportFilePage::tr("Name-generator survey (CSV)");
    }
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(Workspace& workspace, qint64 communityId, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A Slack export, a Discord or Teams channel, GitHub reviews or a survey. Replies and "
                   "mentions become interactions; the file itself is only read."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (ActivityFormat format : {ActivityFormat::Slack,
                                  ActivityFormat::Discord,
                                  ActivityFormat::Teams,
                                  ActivityFormat::GithubReviews,
                                  ActivityFormat::Survey})
        m_format->addItem(formatTitle(format), int(format));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("communityComboBox"));
    fillCommunities(communityId);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_detected);
    form->addRow(tr("&Community:"), m_community);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        detectFormat();
        emit completeChanged();
    });
    connect(m_community, &QComboBox::currentIndexChanged, this, &ImportFilePage::completeChanged);
}

void ImportFilePage::fillCommunities(qint64 communityId)
{
    const auto communities = m_workspace.communities().all();
    if (!communities)
        return;
    for (const Community& community : *communities)
        m_community->addItem(community.name, community.id);
    const int row = m_community->findData(communityId);
    m_community->setCurrentIndex(row >= 0 ? row : 0);
}

void ImportFilePage::setFile(const QString& path)
{
    m_file->setText(path);
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Activity"), m_file->text(), tr("Activity files (*.zip *.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::detectFormat()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_detected->setText(path.isEmpty() ? QString() : tr("There is no file at this path."));
        return;
    }
    const auto format = detectActivityFormat(path);
    if (!format) {
        m_detected->setText(tr("The format could not be told from the file: choose it above."));
        return;
    }
    m_format->setCurrentIndex(m_format->findData(int(*format)));
    m_detected->setText(tr("Recognised from the file's content."));
}

ActivityImportRequest ImportFilePage::request() const
{
    ActivityImportRequest request;
    request.format = ActivityFormat(m_format->currentData().toInt());
    request.path = m_file->text().trimmed();
    request.communityName = m_community->currentText();
    return request;
}

qint64 ImportFilePage::communityId() const
{
    return m_community->currentData().toLongLong();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_file->text().trimmed()).isFile() && m_community->currentIndex() >= 0;
}

} // namespace steward
