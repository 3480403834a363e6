#include "EmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IconSize = 56;
} // namespace

EmptyState::EmptyState(const QString& iconPath, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QHBoxLayout)
{
    setIcon(iconPath);
    m_icon->setAlignment(Qt::AlignCenter);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A wrapped label placed with an alignment loses its height-for-width; stretches centre it instead.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 5);
    textRow->addStretch(1);
    m_buttons->setSpacing(8);
    m_buttons->addStretch(1);
    m_buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addLayout(textRow);
    layout->addSpacing(6);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QString& iconPath)
{
    m_icon->setPixmap(QIcon(iconPath).pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

QPushButton* EmptyState::addButton(const QIcon& icon, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(icon, text, this);
    button->setObjectName(objectName);
    button->setMinimumHeight(button->sizeHint().height() + 6);
    if (m_buttons->count() == 2)
        button->setDefault(true);
    // Between the two stretches, after the buttons already there.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}
