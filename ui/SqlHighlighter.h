#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/// Colours MySQL/MariaDB SQL in a text document: keywords, strings, numbers, `identifiers`,
/// comments (--, # and /* */ across lines) and the DELIMITER lines of a migration script. Colours
/// follow the palette of the widget the document is shown in, so dark themes stay readable.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// Token kinds, exposed so tests can check what a range was taken for.
    enum class Token { Keyword, String, Identifier, Comment, Number, Warning };

    /// `dark` picks colours for a dark background.
    SqlHighlighter(QTextDocument* document, bool dark = false);

    QTextCharFormat format(Token token) const;
    static bool isKeyword(const QString& word);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_identifier;
    QTextCharFormat m_comment;
    QTextCharFormat m_number;
    QTextCharFormat m_warning;
};
