#include "EnvironmentBand.h"

#include "UiStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace {

QLabel* tagLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    label->setFont(f);
    label->setContentsMargins(7, 1, 7, 1);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

void styleTag(QLabel* label, const QString& text, const QColor& color)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // Stylesheet on this one label only: a pill is the clearest way to show a tag.
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; }").arg(color.name()));
}

} // namespace

EnvironmentBand::EnvironmentBand(QWidget* parent)
    : QWidget(parent)
    , m_sourceIcon(new QLabel(this))
    , m_source(new QLabel(this))
    , m_sourceTag(tagLabel(this, QStringLiteral("sourceTag")))
    , m_arrow(new QLabel(QStringLiteral("→"), this))
    , m_targetIcon(new QLabel(this))
    , m_target(new QLabel(this))
    , m_targetTag(tagLabel(this, QStringLiteral("targetTag")))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBand"));
    m_source->setObjectName(QStringLiteral("bandSource"));
    m_target->setObjectName(QStringLiteral("bandTarget"));
    m_note->setObjectName(QStringLiteral("bandNote"));
    for (QLabel* l : {m_source, m_target}) {
        QFont f = l->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.05);
        l->setFont(f);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont arrow = m_arrow->font();
    arrow.setPointSizeF(arrow.pointSizeF() * 1.4);
    m_arrow->setFont(arrow);
    m_sourceIcon->setPixmap(QIcon(QStringLiteral(":/icons/source.svg")).pixmap(QSize(18, 18), devicePixelRatioF()));
    m_targetIcon->setPixmap(QIcon(QStringLiteral(":/icons/target.svg")).pixmap(QSize(18, 18), devicePixelRatioF()));
    m_sourceIcon->setToolTip(tr("Source: read only, never written to"));
    m_targetIcon->setToolTip(tr("Target: brought in line with the source"));
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QHBoxLayout(this);
    // The left edge carries the environment colour (see paintEvent).
    layout->setContentsMargins(14, 6, 10, 6);
    layout->setSpacing(8);
    layout->addWidget(m_sourceIcon);
    layout->addWidget(m_source);
    layout->addWidget(m_sourceTag);
    layout->addSpacing(4);
    layout->addWidget(m_arrow);
    layout->addSpacing(4);
    layout->addWidget(m_targetIcon);
    layout->addWidget(m_target);
    layout->addWidget(m_targetTag);
    layout->addSpacing(12);
    layout->addWidget(m_note, 1);
}

QColor EnvironmentBand::environmentColor(ProfilesModel::Group group)
{
    switch (group) {
    case ProfilesModel::Group::Production:
        return ProfilesModel::productionColor();
    case ProfilesModel::Group::Staging:
        return QColor(0xd9, 0x91, 0x2a);
    case ProfilesModel::Group::Development:
        return UiStyle::onlyInSourceColor();
    case ProfilesModel::Group::Other:
        break;
    }
    return QColor(0x7d, 0x88, 0x98);
}

QString EnvironmentBand::tagText(const std::optional<Profile>& profile)
{
    if (!profile || profile->tag.trimmed().isEmpty())
        return {};
    switch (ProfilesModel::groupOf(*profile)) {
    case ProfilesModel::Group::Production:
        return tr("PROD");
    case ProfilesModel::Group::Staging:
        return tr("STAGING");
    case ProfilesModel::Group::Development:
        return tr("DEV");
    case ProfilesModel::Group::Other:
        break;
    }
    return profile->tag.trimmed().toUpper();
}

void EnvironmentBand::setEndpoints(const QString& source, const std::optional<Profile>& sourceProfile,
    const QString& target, const std::optional<Profile>& targetProfile)
{
    m_source->setText(source);
    m_target->setText(target);
    const ProfilesModel::Group sourceGroup = sourceProfile ? ProfilesModel::groupOf(*sourceProfile) : ProfilesModel::Group::Other;
    m_targetGroup = targetProfile ? ProfilesModel::groupOf(*targetProfile) : ProfilesModel::Group::Other;
    styleTag(m_sourceTag, tagText(sourceProfile), environmentColor(sourceGroup));
    styleTag(m_targetTag, tagText(targetProfile), environmentColor(m_targetGroup));
    if (sourceProfile)
        m_source->setToolTip(ProfilesModel::address(*sourceProfile));
    if (targetProfile)
        m_target->setToolTip(ProfilesModel::address(*targetProfile));

    if (m_targetGroup == ProfilesModel::Group::Production) {
        m_note->setText(tr("The target is production: every write asks for its profile name first."));
        m_note->setForegroundRole(QPalette::WindowText);
        UiStyle::setTextColor(m_note, ProfilesModel::productionColor());
    } else if (!targetProfile && !target.isEmpty() && !target.contains(QLatin1String("://"))) {
        m_note->setText(tr("No saved profile is named like the target."));
        m_note->setForegroundRole(QPalette::WindowText);
        UiStyle::setTextColor(m_note, UiStyle::warningColor());
    } else {
        m_note->clear();
        UiStyle::resetTextColor(m_note);
        m_note->setForegroundRole(QPalette::PlaceholderText);
    }
    update();
}

QString EnvironmentBand::sourceText() const
{
    return m_source->text();
}

QString EnvironmentBand::targetText() const
{
    return m_target->text();
}

QString EnvironmentBand::sourceTag() const
{
    return m_sourceTag->text();
}

QString EnvironmentBand::targetTag() const
{
    return m_targetTag->text();
}

void EnvironmentBand::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    const QColor color = environmentColor(m_targetGroup);
    p.fillRect(rect(), UiStyle::tint(color, this, m_targetGroup == ProfilesModel::Group::Production ? 1 : 0));
    p.fillRect(QRect(0, 0, 5, height()), color);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(rect().bottomLeft(), rect().bottomRight());
}
