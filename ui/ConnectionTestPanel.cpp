#include "ConnectionTestPanel.h"

#include "ProfilesModel.h"
#include "UiStyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

ConnectionTestPanel::ConnectionTestPanel(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionTestPanel"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_headline, 1);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);

    m_form->setContentsMargins(28, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(4);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(28, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("connectionTestMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_busy);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addStretch(1); // when the panel is given more height, the text stays at the top

    showIdle();
}

void ConnectionTestPanel::showIdle()
{
    setHeadline(QStringLiteral(":/icons/test.svg"), tr("Connection not tested yet"));
    m_busy->hide();
    clearDetails();
    m_message->setText(tr("Test Connection signs in with these settings and reports the server version, "
                          "whether the connection is encrypted, the round-trip time, and whether the "
                          "account may read and write."));
    m_message->show();
}

void ConnectionTestPanel::showBusy(const QString& server)
{
    setHeadline(QStringLiteral(":/icons/test.svg"), tr("Connecting to %1…").arg(server));
    m_busy->show();
    clearDetails();
    m_message->hide();
}

void ConnectionTestPanel::showReport(const ConnectionReport& report)
{
    const QString product = report.isMariaDb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
    QString version = report.serverVersion;
    // MariaDB reports e.g. "10.11.6-MariaDB-0+deb12u1": the product is already in the headline.
    const qsizetype dash = version.indexOf(QLatin1Char('-'));
    const QString shortVersion = dash > 0 ? version.left(dash) : version;
    setHeadline(QStringLiteral(":/icons/ok.svg"), tr("Connected to %1 %2").arg(product, shortVersion));
    m_busy->hide();
    clearDetails();

    addDetail(tr("Server version:"), version);
    if (report.tlsInUse) {
        addDetail(tr("Encryption:"), tr("%1, cipher %2").arg(report.tlsVersion, report.tlsCipher));
    } else {
        addDetail(tr("Encryption:"), tr("Not encrypted: passwords and data travel in clear text."), true);
    }
    const QLocale locale;
    addDetail(tr("Latency:"),
        tr("%1 ms (median of %n round trips)", nullptr, report.roundTrips)
            .arg(locale.toString(report.latencyMs, 'f', report.latencyMs < 10 ? 2 : 1)));

    const QString scope = report.database.isEmpty() ? tr("all databases") : report.database;
    if (report.canRead && report.canWrite) {
        addDetail(tr("Access:"), tr("Read and write on %1").arg(scope));
    } else if (report.canRead) {
        addDetail(
            tr("Access:"), tr("Read only on %1: usable as a source, not as a sync target.").arg(scope), true);
    } else {
        addDetail(tr("Access:"), tr("No read access on %1.").arg(scope), true);
    }
    if (!report.privileges.isEmpty()) {
        // An administrator holds thirty privileges or more: the first few say enough, the tooltip has all.
        constexpr int Shown = 6;
        QString text = report.privileges.mid(0, Shown).join(QStringLiteral(", "));
        if (report.privileges.size() > Shown)
            text = tr("%1 and %2 more").arg(text).arg(report.privileges.size() - Shown);
        QLabel* field = addDetail(tr("Privileges:"), text);
        field->setToolTip(report.privileges.join(QStringLiteral(", ")));
    }
    m_details->show();
    m_message->hide();
}

void ConnectionTestPanel::showError(const Error& error)
{
    setHeadline(QStringLiteral(":/icons/error.svg"), tr("The connection failed"));
    m_busy->hide();
    clearDetails();
    QString text = error.message.toHtmlEscaped();
    QStringList facts;
    if (error.errnum != 0)
        facts << tr("MySQL error %1").arg(error.errnum);
    if (!error.sqlState.isEmpty())
        facts << tr("SQLSTATE %1").arg(error.sqlState);
    if (!facts.isEmpty())
        text += QStringLiteral(" <span style=\"color:palette(mid)\">(%1)</span>")
                    .arg(facts.join(QStringLiteral(", ")));
    if (!error.server.isEmpty())
        text = tr("Server %1: %2").arg(error.server.toHtmlEscaped(), text);
    if (!error.hint.isEmpty())
        text += QStringLiteral("<br><br>") + tr("<b>What to do:</b> %1").arg(error.hint.toHtmlEscaped());
    m_message->setTextFormat(Qt::RichText);
    m_message->setText(text);
    m_message->setToolTip(error.toString());
    m_message->show();
}

QString ConnectionTestPanel::headline() const
{
    return m_headline->text();
}

bool ConnectionTestPanel::isBusy() const
{
    return !m_busy->isHidden();
}

void ConnectionTestPanel::setHeadline(const QString& iconPath, const QString& text)
{
    m_icon->setPixmap(QIcon(iconPath).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_headline->setText(text);
}

void ConnectionTestPanel::clearDetails()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_details->hide();
    m_message->setTextFormat(Qt::AutoText);
    m_message->setToolTip({});
}

QLabel* ConnectionTestPanel::addDetail(const QString& label, const QString& value, bool warn)
{
    auto* field = new QLabel(value, m_details);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (warn)
        UiStyle::setTextColor(field, UiStyle::warningColor());
    m_form->addRow(label, field);
    return field;
}
