// ProfilesModel: the sidebar's group -> profile tree over the AppStore.
#include "ProfilesModel.h"
#include "store/AppStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTemporaryDir>
#include <QtTest>

class TstProfilesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesModelTester();
    void groupsByEnvironment_data();
    void groupsByEnvironment();
    void productionIsRed();
    void sortsNamesWithinGroup();
    void findsProfilesById();
    void reloadFollowsTheStore();

private:
    Profile addProfile(const QString& name, const QString& tag);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
};

void TstProfilesModel::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    Result<std::unique_ptr<AppStore>> store
        = AppStore::open(m_home->filePath(QStringLiteral("syncstudio.db")));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(store.value());
}

void TstProfilesModel::cleanup()
{
    m_store.reset();
    m_home.reset();
}

Profile TstProfilesModel::addProfile(const QString& name, const QString& tag)
{
    Profile p;
    p.name = name;
    p.tag = tag;
    p.user = QStringLiteral("dba");
    const Status saved = m_store->saveProfile(p);
    if (!saved)
        qWarning("saveProfile failed: %s", qPrintable(saved.error().toString()));
    return p;
}

void TstProfilesModel::passesModelTester()
{
    ProfilesModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);

    addProfile(QStringLiteral("shop-prod"), QStringLiteral("prod"));
    addProfile(QStringLiteral("shop-staging"), QStringLiteral("staging"));
    addProfile(QStringLiteral("laptop"), QStringLiteral("dev"));
    addProfile(QStringLiteral("replica"), QString());
    addProfile(QStringLiteral("billing-prod"), QStringLiteral("prod"));
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.profileCount(), 5);

    const Result<Profile> replica = m_store->profileByName(QStringLiteral("replica"));
    QVERIFY(replica.ok());
    QVERIFY(m_store->removeProfile(replica->id).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);
}

void TstProfilesModel::groupsByEnvironment_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("groups");

    QTest::newRow("all four, stored out of order")
        << QStringList {QStringLiteral("dev"), QString(), QStringLiteral("prod"), QStringLiteral("staging")}
        << QStringList {QStringLiteral("Production"), QStringLiteral("Staging"),
               QStringLiteral("Development"), QStringLiteral("Other")};
    QTest::newRow("empty groups are not shown") << QStringList {QStringLiteral("dev"), QStringLiteral("dev")}
                                                << QStringList {QStringLiteral("Development")};
    QTest::newRow("tags ignore case") << QStringList {QStringLiteral("PROD"),
        QStringLiteral("Staging")} << QStringList {QStringLiteral("Production"), QStringLiteral("Staging")};
    QTest::newRow("unknown tags go to Other") << QStringList {QStringLiteral("qa"),
        QStringLiteral("prod")} << QStringList {QStringLiteral("Production"), QStringLiteral("Other")};
}

void TstProfilesModel::groupsByEnvironment()
{
    QFETCH(QStringList, tags);
    QFETCH(QStringList, groups);

    for (int i = 0; i < tags.size(); ++i)
        addProfile(QStringLiteral("p%1").arg(i), tags.at(i));
    ProfilesModel model(*m_store);
    QVERIFY(model.reload().ok());

    QStringList shown;
    int profiles = 0;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QVERIFY(group.data(ProfilesModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(group) & Qt::ItemIsSelectable));
        shown << group.data().toString();
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QModelIndex child = model.index(r, 0, group);
            const std::optional<Profile> p = model.profile(child);
            QVERIFY(p.has_value());
            QCOMPARE(int(ProfilesModel::groupOf(*p)), group.data(ProfilesModel::GroupRole).toInt());
            ++profiles;
        }
    }
    QCOMPARE(shown, groups);
    QCOMPARE(profiles, tags.size());
}

void TstProfilesModel::productionIsRed()
{
    addProfile(QStringLiteral("shop-prod"), QStringLiteral("prod"));
    addProfile(QStringLiteral("shop-dev"), QStringLiteral("dev"));
    ProfilesModel model(*m_store);
    QVERIFY(model.reload().ok());

    const QModelIndex prodGroup = model.index(0, 0);
    const QModelIndex devGroup = model.index(1, 0);
    QCOMPARE(prodGroup.data().toString(), QStringLiteral("Production"));
    QCOMPARE(prodGroup.data(Qt::ForegroundRole).value<QBrush>().color(), ProfilesModel::productionColor());
    const QModelIndex prodProfile = model.index(0, 0, prodGroup);
    QCOMPARE(prodProfile.data().toString(), QStringLiteral("shop-prod"));
    QCOMPARE(prodProfile.data(Qt::ForegroundRole).value<QBrush>().color(), ProfilesModel::productionColor());
    QVERIFY(!prodProfile.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Other environments keep the palette's text colour.
    QVERIFY(!devGroup.data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 0, devGroup).data(Qt::ForegroundRole).isValid());
}

void TstProfilesModel::sortsNamesWithinGroup()
{
    addProfile(QStringLiteral("zeta"), QString());
    addProfile(QStringLiteral("Alpha"), QString());
    addProfile(QStringLiteral("beta"), QString());
    ProfilesModel model(*m_store);
    QVERIFY(model.reload().ok());
    const QModelIndex other = model.index(0, 0);
    QStringList names;
    for (int r = 0; r < model.rowCount(other); ++r)
        names << model.index(r, 0, other).data().toString();
    QCOMPARE(names, (QStringList {QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
}

void TstProfilesModel::findsProfilesById()
{
    const Profile staging = addProfile(QStringLiteral("shop-staging"), QStringLiteral("staging"));
    addProfile(QStringLiteral("shop-prod"), QStringLiteral("prod"));
    ProfilesModel model(*m_store);
    QVERIFY(model.reload().ok());

    const QModelIndex index = model.indexOfProfile(staging.id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), QStringLiteral("shop-staging"));
    QCOMPARE(index.data(ProfilesModel::ProfileIdRole).toLongLong(), staging.id);
    QCOMPARE(index.data(ProfilesModel::AddressRole).toString(), QStringLiteral("dba@127.0.0.1:3306"));
    QCOMPARE(model.profileById(staging.id)->name, QStringLiteral("shop-staging"));
    QVERIFY(!model.indexOfProfile(staging.id + 1000).isValid());
    QVERIFY(!model.profile(model.index(0, 0)).has_value()); // a group row is no profile
}

void TstProfilesModel::reloadFollowsTheStore()
{
    ProfilesModel model(*m_store);
    QVERIFY(model.reload().ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Profile p = addProfile(QStringLiteral("shop"), QStringLiteral("dev"));
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Development"));

    p.tag = QStringLiteral("prod");
    QVERIFY(m_store->saveProfile(p).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Production"));
}

QTEST_MAIN(TstProfilesModel)
#include "tst_profilesmodel.moc"
