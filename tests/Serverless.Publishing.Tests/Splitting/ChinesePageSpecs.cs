namespace Serverless.Publishing.Tests.Splitting;

/// <summary>Hand-made Chinese pages, one layout problem each: the page as extracted, then the articles expected.</summary>
public sealed class ChinesePageSpecs
{
    [Fact]
    public void Headlines_before_bodies_with_kicker_wrapped_title_and_bylines()
    {
        const string page = """
            东湖区全面推进老旧小区改造

            加装电梯惠民生
            管网更新保平安

            本报讯（记者王立新 通讯员陈晨） 5 月
            6日，东湖区召开老旧小区改造推进会，
            今年全区计划改造小区38个，惠及居民
            1.2万户。

            会议要求，各街道要倒排工期，确保年
            底前全部完工。

            青山镇举办首届
            樱桃文化旅游节

            新华社南昌5月7日电（记者刘洋 张敏）
            青山镇首届樱桃文化旅游节7日开幕，
            来自各地的游客在果园里采摘樱桃。
            """;

        SplitSpec.Verify(page, """
            [news] 东湖区全面推进老旧小区改造 / 加装电梯惠民生 管网更新保平安
            dateline: 本报讯 | authors: 王立新, 陈晨
            ¶ 本报讯（记者王立新通讯员陈晨）5月6日，东湖区召开老旧小区改造推进会，今年全区计划改造小区38个，惠及居民1.2万户。
            ¶ 会议要求，各街道要倒排工期，确保年底前全部完工。
            [news] 青山镇举办首届樱桃文化旅游节
            dateline: 新华社南昌5月7日电 | authors: 刘洋, 张敏
            ¶ 新华社南昌5月7日电（记者刘洋张敏）青山镇首届樱桃文化旅游节7日开幕，来自各地的游客在果园里采摘樱桃。
            """);
    }

    [Fact]
    public void Headlines_before_bodies_without_blank_lines_and_bylines_on_their_own_line()
    {
        const string page = """
            都市晨报  2 0 2 1 年 5 月 1 2 日  星期三
            A07  社会

            老旧小区加装电梯
            三年装了412部
            ——今年计划再装150部，“一梯一策”破解协商难
            □本报记者 陆一鸣 文/图
            记者昨日从市住建局获悉，2018年以
            来，我市累计完成老旧小区既有住宅
            加装电梯4 1 2部，惠及居民1.1万余户。
            “火场里，
            我只想多救一个人”
            □本报记者 苏 晴
            今年3月，我市城东一居民楼发生火
            灾，消防员张建华冒着浓烟三次进入
            火场，背出两名被困老人。
            本版编辑 黄静怡  美编 沈 航
            """;

        SplitSpec.Verify(page, """
            [news] 老旧小区加装电梯三年装了412部 / ——今年计划再装150部，“一梯一策”破解协商难
            dateline: - | authors: 陆一鸣
            ¶ 记者昨日从市住建局获悉，2018年以来，我市累计完成老旧小区既有住宅加装电梯412部，惠及居民1.1万余户。
            note: □本报记者 陆一鸣 文/图
            [news] “火场里，我只想多救一个人”
            dateline: - | authors: 苏晴
            ¶ 今年3月，我市城东一居民楼发生火灾，消防员张建华冒着浓烟三次进入火场，背出两名被困老人。
            note: □本报记者 苏 晴
            """);
    }

    [Fact]
    public void Section_name_under_the_running_head_and_a_signed_comment_with_its_headline_after()
    {
        const string page = """
            2021年4月20日 星期二  责编 孙建业  校对 李红霞

            综 合

            出家门步行一刻钟，就能买到新鲜蔬
            菜、修好一双鞋，这是不少居民对便利
            生活的期盼。

            民生无小事，便利在身边。把一件件
            “小事”办好了，群众才会有实实在在
            的获得感。

            □ 王立新

            “家门口”的便利要落到实处

            本报讯（记者宋嘉）4月19日，市中级
            法院公开宣判一起电信网络诈骗案。

            一起电信诈骗案宣判
            """;

        SplitSpec.Verify(page, """
            [column] “家门口”的便利要落到实处
            dateline: - | authors: 王立新
            ¶ 出家门步行一刻钟，就能买到新鲜蔬菜、修好一双鞋，这是不少居民对便利生活的期盼。
            ¶ 民生无小事，便利在身边。把一件件“小事”办好了，群众才会有实实在在的获得感。
            note: □ 王立新
            [news] 一起电信诈骗案宣判
            dateline: 本报讯 | authors: 宋嘉
            ¶ 本报讯（记者宋嘉）4月19日，市中级法院公开宣判一起电信网络诈骗案。
            """);
    }

    [Fact]
    public void Marked_subheads_stay_inside_a_feature_and_a_column_label_is_no_byline()
    {
        const string page = """
            青溪：一片叶子的“共富账”

            本报记者 陈立新

            五月的青溪，云雾在山腰间缓缓流动，
            茶山上已是人影绰绰。

            ■从“等靠要”到“主动干”

            上坪村曾是远近闻名的“空心村”，如今
            合作社入社农户达到286户。

            一、把链条拉长

            如何让茶农持续增收？青溪县的答案是
            延长产业链、提升附加值。

            记者手记
            让茶香飘得更远

            在青溪采访的几天里，记者听到最多的
            一个词是“回来”。
            """;

        SplitSpec.Verify(page, """
            [news] 青溪：一片叶子的“共富账”
            dateline: - | authors: 陈立新
            ¶ 五月的青溪，云雾在山腰间缓缓流动，茶山上已是人影绰绰。
            ¶ ■从“等靠要”到“主动干”
            ¶ 上坪村曾是远近闻名的“空心村”，如今合作社入社农户达到286户。
            ¶ 一、把链条拉长
            ¶ 如何让茶农持续增收？青溪县的答案是延长产业链、提升附加值。
            note: 本报记者 陈立新
            [news] 记者手记 / 让茶香飘得更远
            ¶ 在青溪采访的几天里，记者听到最多的一个词是“回来”。
            """);
    }

    [Fact]
    public void A_reporter_named_at_the_end_and_a_caption_with_its_credit_inline()
    {
        const string page = """
            本报讯　6月1日，县人民医院组织12名专家走进石桥镇刘庄村开展
            义诊活动。活动共义诊300余人次，发放宣传资料800余份。 （记者 吴敏）

            县医院专家下乡义诊送健康

            近日，县图书馆流动图书车开进城郊社区，为居民送去各类图书2000
            余册。图为小朋友在流动图书车前挑选图书。 （通讯员 孙晓 摄）
            """;

        SplitSpec.Verify(page, """
            [news] 县医院专家下乡义诊送健康
            dateline: 本报讯 | authors: 吴敏
            ¶ 本报讯6月1日，县人民医院组织12名专家走进石桥镇刘庄村开展义诊活动。活动共义诊300余人次，发放宣传资料800余份。（记者吴敏）
            [photo] ~县图书馆流动图书车开进城郊社区
            dateline: - | authors: 孙晓
            ¶ 近日，县图书馆流动图书车开进城郊社区，为居民送去各类图书2000余册。图为小朋友在流动图书车前挑选图书。（通讯员孙晓摄）
            """);
    }

    [Fact]
    public void A_jump_line_is_furniture_and_an_editors_note_introduces_the_next_story()
    {
        const string page = """
            一季度全省经济运行稳中向好

            本报讯 4月21日，省政府新闻办召开新闻发布会，
            发布一季度全省经济运行情况。网上零售额增长30.2%，
            （下转第二版）

            编者按：春耕时节，田野里处处是忙碌的身影。本报今起
            推出“春耕一线见闻”栏目，敬请关注。

            “田保姆”上岗种粮户省心

            本报讯 4月19日一早，青禾县柳塘镇东湾村的麦田里，两
            台植保无人机一前一后升空。
            """;

        SplitSpec.Verify(page, """
            [news] 一季度全省经济运行稳中向好
            dateline: 本报讯 | authors: 
            ¶ 本报讯4月21日，省政府新闻办召开新闻发布会，发布一季度全省经济运行情况。网上零售额增长30.2%，
            [news] “田保姆”上岗种粮户省心
            dateline: 本报讯 | authors: 
            ¶ 本报讯4月19日一早，青禾县柳塘镇东湾村的麦田里，两台植保无人机一前一后升空。
            note: 编者按：春耕时节，田野里处处是忙碌的身影。本报今起推出“春耕一线见闻”栏目，敬请关注。
            """);
    }

    [Fact]
    public void Headlines_printed_tight_against_a_signed_letter_and_a_dateline()
    {
        const string page = """
            文化路人行道坑洼不平盼早日修缮

            编辑同志：我家住在文化路附近，这段人
            行道的地砖已经破损很久了，希望有关部
            门尽快派人来看看。
                      读者 刘文斌
            冒充“客服”骗走老人8万元
            两名嫌疑人落网

            □本报记者 何 畅
            家住江北区的李大爷接到一个自称客服的
            电话，被骗走8万元。

            全国劳动模范钱福生逝世
            本报讯 全国劳动模范、原市第二纺织机械
            厂高级技师钱福生同志，因病于5月9日逝世。
            """;

        SplitSpec.Verify(page, """
            [column] 文化路人行道坑洼不平盼早日修缮
            dateline: - | authors: 刘文斌
            ¶ 编辑同志：我家住在文化路附近，这段人行道的地砖已经破损很久了，希望有关部门尽快派人来看看。
            note: 读者 刘文斌
            [news] 冒充“客服”骗走老人8万元两名嫌疑人落网
            dateline: - | authors: 何畅
            ¶ 家住江北区的李大爷接到一个自称客服的电话，被骗走8万元。
            note: □本报记者 何 畅
            [news] 全国劳动模范钱福生逝世
            dateline: 本报讯 | authors: 
            ¶ 本报讯全国劳动模范、原市第二纺织机械厂高级技师钱福生同志，因病于5月9日逝世。
            """);
    }

    [Fact]
    public void Without_blank_lines_a_paragraph_start_is_no_headline_and_brief_items_split_at_their_source()
    {
        // "相关负" / "责人": the word across the break (负责) occurs elsewhere on the page, so the line is wrapped text.
        const string page = """
            ■本报记者 田野
            记者近日从县市场监督管
            理局获悉，今年以来，我县
            共完成食品抽检1260批次，
            由专人负责跟踪处置。
            县市场监督管理局相关负
            责人提醒，发现食品安全问
            题可拨打12315投诉举报。
            食品安全抽检
            合格率达98.7%
            本报讯 5月9日，县消防救
            援大队走进幸福里社区开展
            消防宣传活动。（刘
            浩）
            消防安全知识进社区
            本报讯 5月8日，石桥镇举
            办高素质农民培训班。（陈
            雪梅）
            石桥镇培训高素质农民
            """;

        SplitSpec.Verify(page, """
            [news] 食品安全抽检合格率达98.7%
            dateline: - | authors: 田野
            ¶ 记者近日从县市场监督管理局获悉，今年以来，我县共完成食品抽检1260批次，由专人负责跟踪处置。
            ¶ 县市场监督管理局相关负责人提醒，发现食品安全问题可拨打12315投诉举报。
            note: ■本报记者 田野
            [news] 消防安全知识进社区
            dateline: 本报讯 | authors: 刘浩
            ¶ 本报讯5月9日，县消防救援大队走进幸福里社区开展消防宣传活动。（刘浩）
            [news] 石桥镇培训高素质农民
            dateline: 本报讯 | authors: 陈雪梅
            ¶ 本报讯5月8日，石桥镇举办高素质农民培训班。（陈雪梅）
            """);
    }

    [Fact]
    public void A_single_marked_line_between_stories_is_the_next_pieces_title()
    {
        const string page = """
            普惠小微贷款余额突破千亿元

            本报讯（记者邹凯）截至5月末，全市普惠小微贷款余额
            突破千亿元，同比增长24.6%。

            ■数读江州·一季度消费市场

            今年一季度，全市社会消费品零售总额同比增长7.8%，
            网上零售额增长15.2%。
            """;

        SplitSpec.Verify(page, """
            [news] 普惠小微贷款余额突破千亿元
            dateline: 本报讯 | authors: 邹凯
            ¶ 本报讯（记者邹凯）截至5月末，全市普惠小微贷款余额突破千亿元，同比增长24.6%。
            [news] ■数读江州·一季度消费市场
            ¶ 今年一季度，全市社会消费品零售总额同比增长7.8%，网上零售额增长15.2%。
            """);
    }

    [Fact]
    public void Evening_paper_datelines_unbracketed_bylines_section_labels_and_signatures()
    {
        const string page = """
            晚报讯（记者 李梦洁 通讯员 吴倩）昨天，市民
            在江畔夜集排起长队，开市首周迎客超6万人次。

            江畔夜集开市首周迎客超6万人次
            读者来信

            编辑同志：我家楼下的人行道上单车成堆，老人
            孩子出行很不方便，希望有关部门管一管。
            市民 赵国栋

            人行道上单车成堆谁来管管？

            本报讯 记者 方 圆 通讯员 何静 5月12日，我县
            金融知识宣传活动走进86个村。

            金融知识送进86个村
            """;

        SplitSpec.Verify(page, """
            [news] 江畔夜集开市首周迎客超6万人次
            dateline: 晚报讯 | authors: 李梦洁, 吴倩
            ¶ 晚报讯（记者李梦洁通讯员吴倩）昨天，市民在江畔夜集排起长队，开市首周迎客超6万人次。
            [column] 人行道上单车成堆谁来管管？
            dateline: - | authors: 赵国栋
            ¶ 编辑同志：我家楼下的人行道上单车成堆，老人孩子出行很不方便，希望有关部门管一管。
            note: 市民 赵国栋
            [news] 金融知识送进86个村
            dateline: 本报讯 | authors: 方圆, 何静
            ¶ 本报讯记者方圆通讯员何静5月12日，我县金融知识宣传活动走进86个村。
            """);
    }

    [Fact]
    public void Headlines_after_bodies_with_column_breaks_justification_and_column_pieces()
    {
        const string page = """
            本 报 讯 （ 记 者 赵 明 ） 5 月 8 日 ，
            西城区举行消防安全宣传活动，组织居民
            开展灭火器使用培训，增强群众安全意

            识和自救能力。

            活动现场，消防员还演示了油锅起火的
            正确处置方法。

            西城区开展消防安全宣传

            今年，区文旅局将围绕文旅融合发展，
            打造一批特色街区，推动夜间经济提质
            升级。

            区文旅局局长孙丽

            文旅融合添活力
            夜间经济促消费
            """;

        SplitSpec.Verify(page, """
            [news] 西城区开展消防安全宣传
            dateline: 本报讯 | authors: 赵明
            ¶ 本报讯（记者赵明）5月8日，西城区举行消防安全宣传活动，组织居民开展灭火器使用培训，增强群众安全意识和自救能力。
            ¶ 活动现场，消防员还演示了油锅起火的正确处置方法。
            [column] 文旅融合添活力 夜间经济促消费
            dateline: - | authors: 孙丽
            ¶ 今年，区文旅局将围绕文旅融合发展，打造一批特色街区，推动夜间经济提质升级。
            note: 区文旅局局长孙丽
            """);
    }

    [Fact]
    public void Furniture_is_dropped_and_photo_captions_become_photo_articles()
    {
        const string page = """
            滨江日报
            2024年5月9日 星期四
            第3版 · 要闻

            滨江公园完成提质改造

            本报讯（记者周静）经过半年施工，滨
            江公园提质改造工程近日完工并向市民
            开放。

            ➡5月8日，市民在滨江公园新建的步道
            上散步。

            本报记者 李 强 摄

            5月7日，学生们在农场里种植蔬菜。

            通讯员 王 芳 摄

            责任编辑：刘文 版式设计：陈一
            """;

        SplitSpec.Verify(page, """
            [news] 滨江公园完成提质改造
            dateline: 本报讯 | authors: 周静
            ¶ 本报讯（记者周静）经过半年施工，滨江公园提质改造工程近日完工并向市民开放。
            [photo] ~市民在滨江公园新建的步道上散步
            dateline: - | authors: 李强
            ¶ ➡5月8日，市民在滨江公园新建的步道上散步。
            note: 本报记者 李 强 摄
            [photo] ~学生们在农场里种植蔬菜
            dateline: - | authors: 王芳
            ¶ 5月7日，学生们在农场里种植蔬菜。
            note: 通讯员 王 芳 摄
            """);
    }

    [Fact]
    public void A_story_with_its_headline_before_then_column_pieces_with_headlines_after()
    {
        const string page = """
            春季植树活动启动

            本报讯（记者马文）5月10日，全市春
            季义务植树活动启动，2000余名干部群
            众参加植树。

            活动当天共栽植苗木1.5万株。

            今年，区林业局将持续推进国土绿化，
            新增造林面积1.2万亩。

            完善管护机制。落实护林员网格化管理，
            确保栽一棵活一棵。

            区林业局局长高峰

            推进国土绿化
            建设美丽家园
            """;

        SplitSpec.Verify(page, """
            [news] 春季植树活动启动
            dateline: 本报讯 | authors: 马文
            ¶ 本报讯（记者马文）5月10日，全市春季义务植树活动启动，2000余名干部群众参加植树。
            ¶ 活动当天共栽植苗木1.5万株。
            [column] 推进国土绿化 建设美丽家园
            dateline: - | authors: 高峰
            ¶ 今年，区林业局将持续推进国土绿化，新增造林面积1.2万亩。
            ¶ 完善管护机制。落实护林员网格化管理，确保栽一棵活一棵。
            note: 区林业局局长高峰
            """);
    }

    [Fact]
    public void Editor_notes_are_notes_and_their_names_are_authors()
    {
        const string page = """
            今年，区教育局将新建学校3所，新增
            学位2000个。

            （本栏稿件均由本报记者吴桐整理）

            区教育局局长韩梅

            办好每一所学校
            """;

        SplitSpec.Verify(page, """
            [column] 办好每一所学校
            dateline: - | authors: 韩梅, 吴桐
            ¶ 今年，区教育局将新建学校3所，新增学位2000个。
            note: （本栏稿件均由本报记者吴桐整理）
            note: 区教育局局长韩梅
            """);
    }

    [Fact]
    public void Pdf_text_without_blank_lines_finds_headlines_line_by_line()
    {
        const string page = """
            滨江日报 2024年5月9日 第2版
            滨江公园完成提质改造
            本报讯（记者周静）经过半年施工，滨江公园提质
            改造工程近日完工并向市民开放。
            公园新建步道3公里，增设座椅和照明设施。
            夜市经济激发消费活力
            本报讯（记者李明 通讯员王芳）5月8日，滨江夜
            市开街，首批入驻商户120家。
            开街当晚客流超过2万人次。
            """;

        SplitSpec.Verify(page, """
            [news] 滨江公园完成提质改造
            dateline: 本报讯 | authors: 周静
            ¶ 本报讯（记者周静）经过半年施工，滨江公园提质改造工程近日完工并向市民开放。
            ¶ 公园新建步道3公里，增设座椅和照明设施。
            [news] 夜市经济激发消费活力
            dateline: 本报讯 | authors: 李明, 王芳
            ¶ 本报讯（记者李明通讯员王芳）5月8日，滨江夜市开街，首批入驻商户120家。
            ¶ 开街当晚客流超过2万人次。
            """);
    }
}
