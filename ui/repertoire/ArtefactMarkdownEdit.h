// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QPlainTextEdit;
class QTextBrowser;

namespace steward {

/** An artefact's Markdown body edited as text beside its rendered preview (SafeMarkdown: raw HTML as text). */
class ArtefactMarkdownEdit : public QSplitter
{
    Q_OBJECT

public:
    explicit ArtefactMarkdownEdit(QWidget* parent = nullptr);

    QString markdown() const;
    void setMarkdown(const QString& markdown);

private:
    void updatePreview();

    QPlainTextEdit* m_text = nullptr;
    QTextBrowser* m_preview = nullptr;
};

} // namespace steward
