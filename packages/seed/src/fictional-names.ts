import { chance, pickOne, type Random } from './random.js';

/*
 * Building blocks for fictional personal names. Officials in the demo data must not be real people, so
 * names are assembled at random from common characters rather than taken from any list of names.
 */
const COMMON_SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万严武戴莫孔汤祁鲁',
);
const GIVEN_NAME_CHARACTERS = Array.from(
  '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂文华红玉兰英辉鹏斌宇浩凯健俊帆旭宁亮欣晨璐婷雪琳晶颖倩梅莉燕海峰林成志国东春生福德清永庆振祥荣新利卫民忠义兵学龙鑫瑞晓建军',
);
// Qinghai has large Tibetan communities; Tibetan names have no surname and are two two-character parts.
const TIBETAN_NAME_PARTS = [
  '才让',
  '多杰',
  '卓玛',
  '扎西',
  '索南',
  '旦正',
  '尕藏',
  '拉毛',
  '才旦',
  '东智',
  '吉太',
  '南杰',
  '桑杰',
  '措毛',
  '华旦',
  '周措',
];

/** A plausible, fictional Chinese name: a surname and one or two given-name characters, or a Tibetan name. */
export function fictionalChineseName(random: Random): string {
  if (chance(random, 0.12)) return pickOne(random, TIBETAN_NAME_PARTS) + pickOne(random, TIBETAN_NAME_PARTS);
  const givenName = chance(random, 0.65)
    ? pickOne(random, GIVEN_NAME_CHARACTERS) + pickOne(random, GIVEN_NAME_CHARACTERS)
    : pickOne(random, GIVEN_NAME_CHARACTERS);
  return pickOne(random, COMMON_SURNAMES) + givenName;
}
